import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const MAIL_AUDIT_ACTIONS = defineAuditActions({
  "email.resent": "Email queued again",
});
