import "server-only";
import { defineNotificationTypes, PARTNER_ROLES } from "@/server/notifications/define-notification-types";

export const NFR_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "nfr.request_submitted", label: "New NFR request", recipients: ["PHD"] },
  { type: "nfr.request_decided", label: "NFR request decided", recipients: PARTNER_ROLES },
  { type: "nfr.info_requested", label: "More information asked on an NFR request", recipients: PARTNER_ROLES },
  { type: "license.expiring", label: "License expiring", recipients: PARTNER_ROLES },
]);
