import "server-only";
import { subHours } from "date-fns";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { createOneTimeToken } from "@/server/auth/one-time-token";
import { MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR, MAX_RESET_LINKS_PER_IP_PER_HOUR, PASSWORD_RESET_TTL_MINUTES } from "@/server/auth/rules";
import type { TRequestPasswordReset } from "@/server/auth/schemas";
import { appUrl } from "@/server/app-url";

const RESET_REQUESTED = "user.password_reset_requested";

/**
 * Emails a reset link to an active account, a few an hour at most per account and per client address. Says nothing
 * about whether the account exists or a link was rationed: the caller shows the same message either way.
 */
export async function requestPasswordReset(input: TRequestPasswordReset, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { email: input.email, active: true }, select: { id: true, name: true, role: true, email: true } });
    if (!user) return;
    const since = subHours(new Date(), 1);
    const [toAccount, fromIp] = await Promise.all([
      tx.oneTimeToken.count({ where: { purpose: "PASSWORD_RESET", userId: user.id, createdAt: { gte: since } } }),
      tx.auditEvent.count({ where: { action: RESET_REQUESTED, ip: context.ip, createdAt: { gte: since } } }),
    ]);
    if (toAccount >= MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR || fromIp >= MAX_RESET_LINKS_PER_IP_PER_HOUR) return;
    const { token } = await createOneTimeToken(tx, { purpose: "PASSWORD_RESET", email: user.email, userId: user.id, ttlMinutes: PASSWORD_RESET_TTL_MINUTES });
    await enqueueEmail(tx, {
      to: user.email,
      template: "passwordReset",
      data: { name: user.name, resetUrl: appUrl(`/reset-password?token=${token}`), expiresInMinutes: PASSWORD_RESET_TTL_MINUTES },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: RESET_REQUESTED,
      entityType: "User",
      entityId: user.id,
      summary: `Password reset link sent to ${user.email}`,
      ip: context.ip,
    });
  });
}
