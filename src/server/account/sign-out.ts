import "server-only";
import { cookies } from "next/headers";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { SESSION_COOKIE_NAME } from "@/server/auth/session-cookie";

/**
 * Ends this session on the server and drops its cookie: a copy of the cookie opens nothing afterwards, while the
 * user's sessions in other browsers go on.
 */
export async function signOut(user: SessionUser | null, sessionId: string | null, context: { ip: string }): Promise<void> {
  if (user && sessionId) {
    await prisma.$transaction(async (tx) => {
      await tx.session.updateMany({ where: { id: sessionId, userId: user.id, endedAt: null }, data: { endedAt: new Date() } });
      await recordAuditEvent(tx, {
        actor: user,
        action: "user.signed_out",
        entityType: "User",
        entityId: user.id,
        summary: `${user.email} signed out`,
        ip: context.ip,
      });
    });
  }
  (await cookies()).delete(SESSION_COOKIE_NAME);
}
