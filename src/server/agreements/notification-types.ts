import "server-only";
import { defineNotificationTypes } from "@/server/notifications/define-notification-types";

export const AGREEMENT_NOTIFICATION_TYPES = defineNotificationTypes([
  { type: "agreement.legal_request_opened", label: "Legal request opened", recipients: ["ADMIN"] },
  { type: "agreement.legal_request_resolved", label: "Legal request resolved or declined", recipients: ["PHD"] },
]);
