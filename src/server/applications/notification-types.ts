import "server-only";
import { defineNotificationTypes } from "@/server/notifications/define-notification-types";

export const APPLICATION_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "partner.application_submitted", label: "New partner application", recipients: ["PHD"] },
  { type: "partner.applications_waiting", label: "Weekly reminder of applications waiting for review", recipients: ["PHD"] },
  { type: "account.review_due", label: "Account review due", recipients: ["PHD"] },
]);
