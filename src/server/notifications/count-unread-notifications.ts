import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";

/** A notification is unread until the user opens the notifications page; the session's read counts the same way. */
export const UNREAD_NOTIFICATION_WHERE = { readAt: null } satisfies Prisma.NotificationWhereInput;

/** How many of the user's own notifications are unread; the header bell shows it on every page. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, ...UNREAD_NOTIFICATION_WHERE } });
}
