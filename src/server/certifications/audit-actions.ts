import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const CERTIFICATION_AUDIT_ACTIONS = defineAuditActions({
  "award_case.flagged_overdue": "Award case flagged overdue",
  "award_case.email_sent": "Award email sent",
  "award_case.profile_updated": "Award: profile and locator badge updated",
  "award_case.community_access_granted": "Award: Service Partner Community access granted",
  "award_case.completed": "Award case completed",
});
