import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { requireDraft } from "@/server/applications/application-draft";
import { sendApplicationVerification } from "@/server/applications/send-application-verification";

export async function resendApplicationVerification(draftId: string | null, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const draft = await requireDraft(tx, draftId, 4);
    const { contact, company } = draft.data;
    if (!draft.email || !contact) throw new AppError("VALIDATION", { message: "Enter the primary contact first." });
    if (draft.emailVerifiedAt) throw new AppError("CONFLICT", { message: "Your email is already confirmed." });
    await sendApplicationVerification(tx, { email: draft.email, name: contact.name, companyName: company?.legalName ?? "your company" });
    await recordAuditEvent(tx, {
      actor: null,
      action: "application.verification_resent",
      entityType: "ApplicationDraft",
      entityId: draft.id,
      summary: `Verification link sent again to ${draft.email}`,
      ip: context.ip,
    });
  });
}
