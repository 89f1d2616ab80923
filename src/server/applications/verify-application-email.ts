import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { consumeOneTimeToken } from "@/server/auth/one-time-token";
import type { TVerifyApplicationEmail } from "@/server/applications/schemas";
import { newDraftKey } from "@/server/applications/application-draft";

/**
 * Confirms the address the link was sent to and hands its draft to the browser that clicked: the draft gets a new
 * key, so a browser that started an application in someone else's name cannot submit it once they confirm. The old
 * key is kept as `supersededId`: a browser still holding it is told where the application went and how to bring it
 * back (requestApplicationHandover), instead of meeting an empty form.
 */
export async function verifyApplicationEmail(input: TVerifyApplicationEmail, context: { ip: string }): Promise<{ draftKey: string }> {
  return prisma.$transaction(async (tx) => {
    const token = await consumeOneTimeToken(tx, "EMAIL_VERIFICATION", input.token);
    const draft = await tx.applicationDraft.findUnique({ where: { email: token.email }, select: { id: true, emailVerifiedAt: true } });
    if (!draft) {
      throw new AppError("TOKEN_INVALID", {
        field: "token",
        message: "This application was already submitted or has changed its contact address. Sign in, or start a new application.",
      });
    }
    const key = newDraftKey();
    await tx.applicationDraft.update({
      where: { id: draft.id },
      data: { id: key.id, supersededId: draft.id, emailVerifiedAt: draft.emailVerifiedAt ?? new Date() },
    });
    await recordAuditEvent(tx, {
      actor: null,
      action: "application.email_verified",
      entityType: "ApplicationDraft",
      entityId: key.id,
      summary: `${token.email} confirmed for a partner application`,
      ip: context.ip,
    });
    return { draftKey: key.key };
  });
}
