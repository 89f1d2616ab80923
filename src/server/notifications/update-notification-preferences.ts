import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { CHOOSE_CHANNEL, type TUpdateNotificationPreferences } from "@/server/notifications/schemas";
import { notificationTypesFor } from "@/server/notifications/types";
import { DEFAULT_NOTIFICATION_CHANNEL } from "@/server/notifications/get-notification-preferences";

/**
 * Saves the user's email channel for each notification type their role receives; other types posted are ignored.
 * Returns how many types changed: the same choices again write nothing and record nothing.
 */
export async function updateNotificationPreferences(
  user: SessionUser,
  input: TUpdateNotificationPreferences,
  context: { ip: string },
): Promise<{ changed: number }> {
  const types = notificationTypesFor(user.role);
  const missing = types.filter((type) => !input[type]);
  if (missing.length > 0) throw new AppError("VALIDATION", { fieldErrors: Object.fromEntries(missing.map((type) => [type, CHOOSE_CHANNEL])) });
  const channels = Object.fromEntries(types.map((type) => [type, input[type]!]));
  return prisma.$transaction(async (tx) => {
    const stored = await tx.notificationPreference.findMany({ where: { userId: user.id, type: { in: types } }, select: { type: true, channel: true } });
    const saved = new Map(stored.map((preference) => [preference.type, preference.channel]));
    const current = (type: string) => saved.get(type) ?? DEFAULT_NOTIFICATION_CHANNEL;
    const changed = types.filter((type) => current(type) !== channels[type]);
    if (changed.length === 0) return { changed: 0 };
    // Every type is stored once anything changes, so the saved form reads back exactly as it was chosen.
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
      changes: Object.fromEntries(changed.map((type) => [type, { from: current(type), to: channels[type] }])),
      ip: context.ip,
    });
    return { changed: changed.length };
  });
}
