import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import type { TMarkNotificationsRead } from "@/server/notifications/schemas";

/**
 * Marks one of the user's notifications, or all of their unread ones, as read; returns how many changed.
 * The user id is always part of the `where`, so another user's notification id matches nothing.
 */
export async function markNotificationsRead(user: SessionUser, input: TMarkNotificationsRead, context: { ip: string }): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const readAt = new Date();
    if (input.notificationId) {
      const own = await tx.notification.findFirst({ where: { id: input.notificationId, userId: user.id }, select: { id: true, readAt: true } });
      if (!own) throw new AppError("NOT_FOUND", { field: "notificationId" });
      // Reading an already-read notification again keeps the first time it was read.
      if (own.readAt) return 0;
      await tx.notification.update({ where: { id: own.id }, data: { readAt } });
      await recordAuditEvent(tx, {
        actor: user,
        action: "notification.read",
        entityType: "Notification",
        entityId: own.id,
        summary: "Notification marked as read",
        ip: context.ip,
      });
      return 1;
    }
    const { count } = await tx.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt } });
    // Nothing was unread: nothing happened, so nothing is recorded.
    if (count === 0) return 0;
    await recordAuditEvent(tx, {
      actor: user,
      action: "notification.all_read",
      entityType: "User",
      entityId: user.id,
      summary: `${count} ${count === 1 ? "notification" : "notifications"} marked as read`,
      changes: { count },
      ip: context.ip,
    });
    return count;
  });
}
