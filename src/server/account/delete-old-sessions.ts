import "server-only";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

/** Ended and expired sessions are kept this long (who was signed in from where), then deleted. */
export const SESSION_RETENTION_DAYS = 30;

/** Deletes sessions that ended or expired more than SESSION_RETENTION_DAYS ago; returns how many. */
export async function deleteOldSessions(now = new Date()): Promise<number> {
  const before = subDays(now, SESSION_RETENTION_DAYS);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { OR: [{ endedAt: { lt: before } }, { expiresAt: { lt: before } }] } });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor: null,
        action: "user.old_sessions_deleted",
        entityType: "Session",
        entityId: "*",
        summary: `${count} session(s) over ${SESSION_RETENTION_DAYS} days past their end deleted`,
      });
    }
    return count;
  });
}
