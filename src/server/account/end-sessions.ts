import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Ends every open session of the user (a password reset, deactivation or role change): each request reads the user
 * through its session row (src/server/auth/session.ts), so a cookie of an ended session opens nothing.
 */
export async function endAllSessions(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.session.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
}
