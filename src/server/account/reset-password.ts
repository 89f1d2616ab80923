import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { consumeOneTimeToken } from "@/server/auth/one-time-token";
import { hashPassword } from "@/server/auth/password";
import { endAllSessions } from "@/server/account/end-sessions";
import type { TResetPassword } from "@/server/auth/schemas";
import { AppError } from "@/server/errors";

export async function resetPassword(input: TResetPassword, context: { ip: string }): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const token = await consumeOneTimeToken(tx, "PASSWORD_RESET", input.token);
    if (!token.userId) throw new AppError("TOKEN_INVALID", { field: "token" });
    const user = await tx.user.update({ where: { id: token.userId }, data: { passwordHash }, select: { id: true, role: true, email: true } });
    // Sessions opened with the old password end, and any other reset links still out there stop working too.
    await endAllSessions(tx, user.id);
    await tx.oneTimeToken.updateMany({ where: { userId: user.id, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "user.password_reset",
      entityType: "User",
      entityId: user.id,
      summary: `${user.email} chose a new password`,
      ip: context.ip,
    });
    return { email: user.email };
  });
}
