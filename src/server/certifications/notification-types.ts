import "server-only";
import { defineNotificationTypes, PARTNER_ROLES } from "@/server/notifications/define-notification-types";

export const CERTIFICATION_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "award.case_opened", label: "Award case opened", recipients: ["CAM", "PHD", ...PARTNER_ROLES] },
  { type: "award.case_overdue", label: "Award case overdue", recipients: ["CAM", "PHD"] },
  { type: "certification.exam_rejected", label: "Your self-recorded exam pass was rejected", recipients: PARTNER_ROLES },
  { type: "certification.exam_verified", label: "Your self-recorded exam pass was verified", recipients: PARTNER_ROLES },
  { type: "certification.expiring", label: "Your certification expires soon", recipients: PARTNER_ROLES },
  // CTP trackings
  { type: "ctp.invited", label: "Invited into the Certified Training Partner program", recipients: [...PARTNER_ROLES] },
  { type: "ctp.completed", label: "CTP tracking completed", recipients: ["CAM"] },
  { type: "ctp.locked", label: "CTP tracking locked", recipients: ["CAM", ...PARTNER_ROLES] },
]);
