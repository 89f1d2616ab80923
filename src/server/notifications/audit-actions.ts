import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const NOTIFICATION_AUDIT_ACTIONS = defineAuditActions({
  "notification.read": "Notification marked read",
  "notification.all_read": "All notifications marked read",
  "notification.preferences_updated": "Notification preferences updated",
});
