import "server-only";
import { prisma } from "@/server/db";

/** How many of the user's own notifications are unread; the header bell shows it on every page. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}
