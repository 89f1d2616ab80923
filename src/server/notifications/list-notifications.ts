import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { pageArgs, type ListParams, type Page } from "@/server/list-params";

export const NOTIFICATION_SORTS = ["createdAt"] as const;
export type NotificationSort = (typeof NOTIFICATION_SORTS)[number];

const notificationRowSelect = {
  id: true,
  type: true,
  title: true,
  body: true,
  link: true,
  readAt: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;

export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationRowSelect }>;

/** One page of the signed-in user's own notifications, newest first unless asked otherwise. */
export async function listNotifications(user: SessionUser, params: ListParams<NotificationSort>): Promise<Page<NotificationRow>> {
  const where: Prisma.NotificationWhereInput = { userId: user.id };
  const [rows, total] = await Promise.all([
    prisma.notification.findMany({ where, select: notificationRowSelect, orderBy: [{ [params.sort]: params.dir }, { id: "desc" }], ...pageArgs(params) }),
    prisma.notification.count({ where }),
  ]);
  return { rows, total, page: params.page, pageSize: params.pageSize };
}
