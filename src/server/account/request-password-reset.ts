import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { createOneTimeToken } from "@/server/auth/one-time-token";
import { PASSWORD_RESET_TTL_MINUTES } from "@/server/auth/rules";
import type { TRequestPasswordReset } from "@/server/auth/schemas";
import { appUrl } from "@/server/app-url";

/**
 * Emails a reset link to an active account. Says nothing about whether the account exists:
 * the caller shows the same message either way.
 */
export async function requestPasswordReset(input: TRequestPasswordReset, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { email: input.email, active: true }, select: { id: true, name: true, role: true, email: true } });
    if (!user) return;
    const { token } = await createOneTimeToken(tx, { purpose: "PASSWORD_RESET", email: user.email, userId: user.id, ttlMinutes: PASSWORD_RESET_TTL_MINUTES });
    await enqueueEmail(tx, {
      to: user.email,
      template: "passwordReset",
      data: { name: user.name, resetUrl: appUrl(`/reset-password?token=${token}`), expiresInMinutes: PASSWORD_RESET_TTL_MINUTES },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "user.password_reset_requested",
      entityType: "User",
      entityId: user.id,
      summary: `Password reset link sent to ${user.email}`,
      ip: context.ip,
    });
  });
}
