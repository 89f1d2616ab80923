import "server-only";
import type { Notification } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { appUrl } from "@/server/app-url";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { NOTIFICATION_TYPE_VALUES, type NotificationType } from "@/server/notifications/types";

export interface NotifyInput {
  userId: string;
  type: NotificationType;
  title: string;
  body: string;
  /**
   * What the notice is about: a path inside the portal, such as "/phd/applicants/abc". Every notice has one, so a
   * person can always act on it; the email links to it, and the notifications page through the route that marks it read.
   */
  link: string;
  /** The workflow mails this event with a template of its own (the CAM's new-partner notice): notify adds no email. */
  mailedSeparately?: true;
}

/**
 * The one way a workflow tells a user something: an in-portal notification, plus an email when the user
 * wants this type immediately. It runs in the caller's transaction, so the notification and its email commit
 * with the change that caused them, or not at all.
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<Notification> {
  const notification = await tx.notification.create({
    data: { userId: input.userId, type: input.type, title: input.title, body: input.body, link: input.link },
  });
  if (input.mailedSeparately) return notification;
  const preference = await tx.notificationPreference.findUnique({
    where: { userId_type: { userId: input.userId, type: input.type } },
    select: { channel: true },
  });
  // No preference saved yet means the user never chose: mail at once rather than let a notice go unseen.
  const channel = preference?.channel ?? "IMMEDIATE";
  if (channel === "IMMEDIATE") {
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, name: true } });
    await enqueueEmail(tx, {
      to: user.email,
      template: "notification",
      data: { name: user.name, title: input.title, body: input.body, url: appUrl(input.link) },
    });
  }
  return notification;
}

/**
 * The notifications a daily digest for one user should contain: unread, created since `since`, of the types the
 * user set to DAILY_DIGEST. The digest job calls this and mails the result with the `notificationDigest` template.
 */
export async function collectDailyDigest(tx: Tx, userId: string, since: Date): Promise<Notification[]> {
  const digestTypes = await tx.notificationPreference.findMany({
    where: { userId, channel: "DAILY_DIGEST", type: { in: NOTIFICATION_TYPE_VALUES } },
    select: { type: true },
  });
  if (digestTypes.length === 0) return [];
  return tx.notification.findMany({
    where: { userId, readAt: null, createdAt: { gte: since }, type: { in: digestTypes.map((preference) => preference.type) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
