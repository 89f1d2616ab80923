import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";
import type { TUpdateNotificationPreferences } from "@/server/notifications/schemas";
import { NOTIFICATION_TYPE_VALUES } from "@/server/notifications/types";

/** Saves the user's email channel for every notification type. */
export async function updateNotificationPreferences(user: SessionUser, input: TUpdateNotificationPreferences, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const type of NOTIFICATION_TYPE_VALUES) {
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId: user.id, type } },
        create: { userId: user.id, type, channel: input[type] },
        update: { channel: input[type] },
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "notification.preferences_updated",
      entityType: "User",
      entityId: user.id,
      summary: "Notification email preferences updated",
      changes: { ...input },
      ip: context.ip,
    });
  });
}
