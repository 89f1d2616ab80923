import "server-only";
import { prisma } from "@/server/db";
import { requireDraft, saveDraft } from "@/server/applications/application-draft";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import type { TProgramStep } from "@/server/applications/schemas";

/** Step 2. Changing tracks drops the agreement decisions the new tracks no longer need. */
export async function saveProgramStep(draftKey: string | null, input: TProgramStep, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const draft = await requireDraft(tx, draftKey, 2);
    const stillRequired = new Set(requiredAgreementKinds(input.tracks));
    const agreements = Object.fromEntries(Object.entries(draft.data.agreements ?? {}).filter(([kind]) => stillRequired.has(kind as never)));
    await saveDraft(
      tx,
      draft,
      { data: { ...draft.data, program: input, agreements }, reachedStep: 3 },
      { ip: context.ip, summary: `Application: tracks ${input.tracks.join(", ")}, tier ${input.tier}` },
    );
  });
}
