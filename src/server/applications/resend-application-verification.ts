import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { requireDraft } from "@/server/applications/application-draft";
import { sendApplicationVerification } from "@/server/applications/send-application-verification";

export async function resendApplicationVerification(draftKey: string | null, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const draft = await requireDraft(tx, draftKey, 4);
    const { contact, company } = draft.data;
    if (!draft.email || !contact) throw new AppError("VALIDATION", { message: "Enter the primary contact first." });
    if (draft.emailVerifiedAt) throw new AppError("CONFLICT", { message: "Your email is already confirmed." });
    await sendApplicationVerification(tx, { id: draft.id, email: draft.email, name: contact.name, companyName: company?.legalName ?? "your company" }, context);
  });
}
