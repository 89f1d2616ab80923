import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { DRAFT_MOVED_MESSAGE, findMovedDraft, loadDraft, newDraftKey, saveDraft } from "@/server/applications/application-draft";
import { existingCompanyMessage } from "@/server/applications/rules";
import { getHelpDeskEmail } from "@/server/account/get-help-desk-email";
import { websiteDomainOf } from "@/server/partners/rules";
import type { TCompanyStep } from "@/server/applications/schemas";

/**
 * Step 1. Starts the draft when there is none; a company that already applied is told so here, before anything else,
 * in the words that fit where it stands (denied, in review, or a partner).
 */
export async function saveCompanyStep(draftKey: string | null, input: TCompanyStep, context: { ip: string }): Promise<{ draftKey: string }> {
  return prisma.$transaction(async (tx) => {
    const domain = websiteDomainOf(input.website);
    const existing = await tx.partner.findUnique({ where: { websiteDomain: domain }, select: { status: true } });
    if (existing) throw new AppError("CONFLICT", { field: "website", message: existingCompanyMessage(domain, existing.status, getHelpDeskEmail()) });
    const loaded = await loadDraft(tx, draftKey);
    // A form left open while the email was confirmed in another browser must not start a second, empty application.
    if (!loaded && (await findMovedDraft(tx, draftKey))) throw new AppError("NOT_FOUND", { message: DRAFT_MOVED_MESSAGE });
    const key = loaded && draftKey ? { key: draftKey, id: loaded.id } : newDraftKey();
    await saveDraft(
      tx,
      { id: key.id, step: loaded?.step ?? 1 },
      { data: { ...loaded?.data, company: input }, reachedStep: 2 },
      { ip: context.ip, summary: `Application for ${input.legalName}: company details saved` },
    );
    return { draftKey: key.key };
  });
}
