import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const CERTIFICATION_AUDIT_ACTIONS = defineAuditActions({
  "award_case.flagged_overdue": "Award case flagged overdue",
});
