import { z } from "zod";
import { NotificationChannel } from "@/generated/prisma/enums";
import { NOTIFICATION_TYPES, type NotificationType } from "@/server/notifications/types";

export const ZMarkNotificationsReadSchema = z
  .object({
    notificationId: z.string().min(1).optional(),
    all: z.literal("true").optional(),
  })
  .refine((input) => Boolean(input.notificationId) !== Boolean(input.all), {
    message: "Choose one notification or all of them.",
    path: ["notificationId"],
  });
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsReadSchema>;

const ZNotificationChannel = z.enum(Object.values(NotificationChannel) as [NotificationChannel, ...NotificationChannel[]], {
  error: "Choose Immediately, Daily digest or Off.",
});

/** One channel per notification type; the form posts every type, so a missing one is an error rather than a silent default. */
export const ZUpdateNotificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_TYPES.map((entry) => [entry.type, ZNotificationChannel])) as Record<NotificationType, typeof ZNotificationChannel>,
);
export type TUpdateNotificationPreferences = z.infer<typeof ZUpdateNotificationPreferencesSchema>;
