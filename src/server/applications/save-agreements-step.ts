import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { requireDraft, saveDraft } from "@/server/applications/application-draft";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { listCurrentAgreements } from "@/server/agreements/list-current-agreements";
import type { TAgreementsStep, TApplicationDraftData } from "@/server/applications/schemas";
import { assertAllPublished } from "@/server/applications/assert-all-published";

/**
 * Step 4. Each agreement the tracks need is accepted by click-through or sent to negotiation. The decision keeps
 * the version read, the time and the address it came from; submission turns it into the acceptance record.
 */
export async function saveAgreementsStep(draftKey: string | null, input: TAgreementsStep, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const draft = await requireDraft(tx, draftKey, 4);
    const required = requiredAgreementKinds(draft.data.program?.tracks ?? []);
    const agreements = await listCurrentAgreements(tx, required);
    assertAllPublished(required, agreements);
    const missing = agreements.filter((agreement) => !input[`decision_${agreement.kind}`]);
    if (missing.length > 0) {
      throw new AppError("VALIDATION", {
        message: "Please correct the highlighted fields.",
        fieldErrors: Object.fromEntries(
          missing.map((agreement) => [`decision_${agreement.kind}`, `Accept the ${agreement.templateName} or ask to negotiate it.`]),
        ),
      });
    }
    const decidedAt = new Date().toISOString();
    const decisions: TApplicationDraftData["agreements"] = Object.fromEntries(
      agreements.map((agreement) => {
        const decision = input[`decision_${agreement.kind}`] ?? "ACCEPT";
        const reason = decision === "NEGOTIATE" ? input[`reason_${agreement.kind}`] : undefined;
        return [agreement.kind, { versionId: agreement.versionId, decision, reason, decidedAt, ip: context.ip }];
      }),
    );
    const negotiating = agreements.filter((agreement) => decisions[agreement.kind]?.decision === "NEGOTIATE").length;
    await saveDraft(
      tx,
      draft,
      { data: { ...draft.data, agreements: decisions }, reachedStep: 5 },
      { ip: context.ip, summary: `Application: ${agreements.length - negotiating} agreement(s) accepted, ${negotiating} to negotiate` },
    );
  });
}
