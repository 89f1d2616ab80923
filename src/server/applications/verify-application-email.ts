import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { consumeOneTimeToken } from "@/server/auth/one-time-token";
import type { TVerifyApplicationEmail } from "@/server/applications/schemas";

/** Confirms the address the link was sent to and returns its draft, which the browser that clicked then resumes. */
export async function verifyApplicationEmail(input: TVerifyApplicationEmail, context: { ip: string }): Promise<{ draftId: string }> {
  return prisma.$transaction(async (tx) => {
    const token = await consumeOneTimeToken(tx, "EMAIL_VERIFICATION", input.token);
    const draft = await tx.applicationDraft.findUnique({ where: { email: token.email }, select: { id: true, emailVerifiedAt: true } });
    if (!draft) {
      throw new AppError("TOKEN_INVALID", {
        field: "token",
        message: "This application was already submitted or has changed its contact address. Sign in, or start a new application.",
      });
    }
    await tx.applicationDraft.update({ where: { id: draft.id }, data: { emailVerifiedAt: draft.emailVerifiedAt ?? new Date() } });
    await recordAuditEvent(tx, {
      actor: null,
      action: "application.email_verified",
      entityType: "ApplicationDraft",
      entityId: draft.id,
      summary: `${token.email} confirmed for a partner application`,
      ip: context.ip,
    });
    return { draftId: draft.id };
  });
}
