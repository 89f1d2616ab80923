import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { defineList, type ListQuery } from "@/server/lists/define-list";

/** The signed-in user's own notifications, newest first; the page draws them as a list, not a table. */
export const notificationList = defineList({
  capability: "notifications.own",
  path: "/notifications",
  caption: "Notification",
  emptyMessage: "You have no notifications.",
  scope: (user) => ({ userId: user.id }),
  findMany: (query: ListQuery<Prisma.NotificationWhereInput, Prisma.NotificationOrderByWithRelationInput>) =>
    prisma.notification.findMany({ ...query, select: { id: true, type: true, title: true, body: true, link: true, readAt: true, createdAt: true } }),
  count: (query) => prisma.notification.count(query),
  sorts: ["createdAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  row: (notification) => notification,
  columns: [],
});
