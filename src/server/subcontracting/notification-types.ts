import "server-only";
import { defineNotificationTypes, PARTNER_ROLES } from "@/server/notifications/define-notification-types";

export const SUBCONTRACTING_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "sow.funds_low", label: "SOW funds running low", recipients: ["PS_COORDINATOR"] },
  { type: "invoice.submitted", label: "Invoice submitted", recipients: ["PS_COORDINATOR", ...PARTNER_ROLES] },
  { type: "invoice.decided", label: "Invoice approved or rejected", recipients: PARTNER_ROLES },
  { type: "time.flagged", label: "Hours past an authorization", recipients: ["PS_COORDINATOR"] },
  { type: "time.decided", label: "Hours past an authorization decided", recipients: PARTNER_ROLES },
]);
