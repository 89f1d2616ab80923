import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { CHOOSE_CHANNEL, type TUpdateNotificationPreferences } from "@/server/notifications/schemas";
import { notificationTypesFor } from "@/server/notifications/types";

/** Saves the user's email channel for each notification type their role receives; other types posted are ignored. */
export async function updateNotificationPreferences(user: SessionUser, input: TUpdateNotificationPreferences, context: { ip: string }): Promise<void> {
  const types = notificationTypesFor(user.role);
  const missing = types.filter((type) => !input[type]);
  if (missing.length > 0) throw new AppError("VALIDATION", { fieldErrors: Object.fromEntries(missing.map((type) => [type, CHOOSE_CHANNEL])) });
  const channels = Object.fromEntries(types.map((type) => [type, input[type]!]));
  await prisma.$transaction(async (tx) => {
    for (const type of types) {
      await tx.notificationPreference.upsert({
        where: { userId_type: { userId: user.id, type } },
        create: { userId: user.id, type, channel: channels[type]! },
        update: { channel: channels[type] },
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "notification.preferences_updated",
      entityType: "User",
      entityId: user.id,
      summary: "Notification email preferences updated",
      changes: channels,
      ip: context.ip,
    });
  });
}
