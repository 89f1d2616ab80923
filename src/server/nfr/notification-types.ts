import "server-only";
import { defineNotificationTypes, PARTNER_ROLES } from "@/server/notifications/define-notification-types";

// A CAM files requests for their accounts, so the requester's notices reach CAMs too.
const REQUESTERS = [...PARTNER_ROLES, "CAM", "ADMIN"] as const;

export const NFR_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "nfr.request_submitted", label: "New NFR request", recipients: ["PHD"] },
  { type: "nfr.info_answered", label: "Answer on an NFR request", recipients: ["PHD"] },
  { type: "nfr.request_decided", label: "NFR request decided", recipients: REQUESTERS },
  { type: "nfr.info_requested", label: "More information asked on an NFR request", recipients: REQUESTERS },
  { type: "nfr.license_revoked", label: "NFR license revoked", recipients: ["PARTNER_ADMIN", "CAM"] },
  { type: "license.expiring", label: "NFR license expiring", recipients: ["PARTNER_ADMIN", "CAM"] },
]);
