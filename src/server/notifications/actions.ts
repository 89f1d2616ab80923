"use server";
import { capabilityAction } from "@/server/action";
import { ZMarkNotificationsReadSchema, ZUpdateNotificationPreferencesSchema } from "@/server/notifications/schemas";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";
import { updateNotificationPreferences } from "@/server/notifications/update-notification-preferences";

export const markNotificationsReadAction = capabilityAction("notifications.own", {
  schema: ZMarkNotificationsReadSchema,
  run: (input, { user, ip }) => markNotificationsRead(user, input, { ip }),
  revalidate: ["/notifications"],
  successMessage: (count) => (count === 0 ? "Nothing was unread." : count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`),
});

export const updateNotificationPreferencesAction = capabilityAction("notifications.own", {
  schema: ZUpdateNotificationPreferencesSchema,
  run: (input, { user, ip }) => updateNotificationPreferences(user, input, { ip }),
  revalidate: ["/notifications"],
  successMessage: ({ changed }) => (changed === 0 ? "Nothing changed: these were already your preferences." : "Email preferences saved."),
});
