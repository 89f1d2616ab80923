import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";

/**
 * Following a notice's link: the notice is read from then on, and the link is where the person goes. Null for a
 * notification that is not the user's (the user id is part of the `where`) or does not exist.
 */
export async function openNotification(user: SessionUser, notificationId: string, context: { ip: string }): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const own = await tx.notification.findFirst({ where: { id: notificationId, userId: user.id }, select: { id: true, link: true, readAt: true } });
    if (!own) return null;
    // Opening a notice again keeps the first time it was read, and records nothing new.
    if (!own.readAt) {
      await tx.notification.update({ where: { id: own.id }, data: { readAt: new Date() } });
      await recordAuditEvent(tx, {
        actor: user,
        action: "notification.read",
        entityType: "Notification",
        entityId: own.id,
        summary: "Notification opened and marked as read",
        ip: context.ip,
      });
    }
    return own.link;
  });
}
