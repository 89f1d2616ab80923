import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { loadDraft, newDraftKey, saveDraft } from "@/server/applications/application-draft";
import { websiteDomainOf } from "@/server/partners/rules";
import type { TCompanyStep } from "@/server/applications/schemas";

/** Step 1. Starts the draft when there is none; a company that already applied is told so here, before anything else. */
export async function saveCompanyStep(draftKey: string | null, input: TCompanyStep, context: { ip: string }): Promise<{ draftKey: string }> {
  return prisma.$transaction(async (tx) => {
    const domain = websiteDomainOf(input.website);
    const existing = await tx.partner.findUnique({ where: { websiteDomain: domain }, select: { id: true } });
    if (existing) {
      throw new AppError("CONFLICT", {
        field: "website",
        message: `A company with the website ${domain} has already applied. Ask its portal admin to invite you, or contact the Partner Help Desk.`,
      });
    }
    const loaded = await loadDraft(tx, draftKey);
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
