import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const ACCOUNT_AUDIT_ACTIONS = defineAuditActions({
  "user.signed_in": "User signed in",
  "user.signed_out": "User signed out",
  "user.password_reset_requested": "Password reset requested",
  "user.password_reset": "Password reset",
  "user.old_sessions_deleted": "Old sessions deleted",
});
