import "server-only";
import { defineNotificationTypes } from "@/server/notifications/define-notification-types";

export const PARTNER_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "account.assigned", label: "New partner account assigned to you", recipients: ["CAM"] },
]);
