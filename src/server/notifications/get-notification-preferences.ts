import "server-only";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { NOTIFICATION_TYPE_VALUES, type NotificationType } from "@/server/notifications/types";

/** A type's channel while the user has saved none for it (the same default `notify` uses). */
export const DEFAULT_NOTIFICATION_CHANNEL: NotificationChannel = "IMMEDIATE";

/** The user's email channel for every type, the default where nothing is saved. */
export async function getNotificationPreferences(userId: string): Promise<Record<NotificationType, NotificationChannel>> {
  const saved = await prisma.notificationPreference.findMany({ where: { userId }, select: { type: true, channel: true } });
  const channelByType = new Map(saved.map((preference) => [preference.type, preference.channel]));
  return Object.fromEntries(NOTIFICATION_TYPE_VALUES.map((type) => [type, channelByType.get(type) ?? DEFAULT_NOTIFICATION_CHANNEL])) as Record<
    NotificationType,
    NotificationChannel
  >;
}
