"use server";
import type { Role } from "@/generated/prisma/enums";
import { roleAction } from "@/server/action";
import { ZMarkNotificationsReadSchema, ZUpdateNotificationPreferencesSchema } from "@/server/notifications/schemas";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";
import { updateNotificationPreferences } from "@/server/notifications/update-notification-preferences";

// Every signed-in user has notifications of their own.
const ALL_ROLES: readonly Role[] = ["PARTNER_USER", "PARTNER_ADMIN", "CAM", "PHD", "PS_COORDINATOR", "ADMIN"];

export const markNotificationsReadAction = roleAction(ALL_ROLES, {
  schema: ZMarkNotificationsReadSchema,
  run: (input, { user, ip }) => markNotificationsRead(user, input, { ip }),
  revalidate: ["/notifications"],
  successMessage: (count) => (count === 1 ? "1 notification marked as read." : `${count} notifications marked as read.`),
});

export const updateNotificationPreferencesAction = roleAction(ALL_ROLES, {
  schema: ZUpdateNotificationPreferencesSchema,
  run: (input, { user, ip }) => updateNotificationPreferences(user, input, { ip }),
  revalidate: ["/notifications"],
  successMessage: "Email preferences saved.",
});
