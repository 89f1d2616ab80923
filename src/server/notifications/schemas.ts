import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { NotificationChannel } from "@/generated/prisma/enums";
import { NOTIFICATION_TYPES, type NotificationType } from "@/server/notifications/types";

export const ZMarkNotificationsReadSchema = z
  .object({
    notificationId: recordId("Choose a notification.").optional(),
    all: z.literal("true").optional(),
  })
  .refine((input) => Boolean(input.notificationId) !== Boolean(input.all), {
    message: "Choose one notification or all of them.",
    path: ["notificationId"],
  });
export type TMarkNotificationsRead = z.infer<typeof ZMarkNotificationsReadSchema>;

export const CHOOSE_CHANNEL = "Choose Immediately, Daily digest or Off.";

const ZNotificationChannel = z.enum(Object.values(NotificationChannel) as [NotificationChannel, ...NotificationChannel[]], {
  error: CHOOSE_CHANNEL,
});

/** A channel per notification type; which types must be there depends on the role, so the operation checks that. */
export const ZUpdateNotificationPreferencesSchema = z.object(
  Object.fromEntries(NOTIFICATION_TYPES.map((entry) => [entry.type, ZNotificationChannel.optional()])) as Record<
    NotificationType,
    z.ZodOptional<typeof ZNotificationChannel>
  >,
);
export type TUpdateNotificationPreferences = z.infer<typeof ZUpdateNotificationPreferencesSchema>;
