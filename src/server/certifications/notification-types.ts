import "server-only";
import { defineNotificationTypes, PARTNER_ROLES } from "@/server/notifications/define-notification-types";

export const CERTIFICATION_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "award.case_opened", label: "Award case opened", recipients: ["CAM", ...PARTNER_ROLES] },
  { type: "award.case_overdue", label: "Award case overdue", recipients: ["CAM"] },
  // CTP trackings
  { type: "ctp.invited", label: "Invited into the Certified Training Partner program", recipients: [...PARTNER_ROLES] },
  { type: "ctp.completed", label: "CTP tracking completed", recipients: ["CAM"] },
  { type: "ctp.locked", label: "CTP tracking locked", recipients: ["CAM", ...PARTNER_ROLES] },
]);
