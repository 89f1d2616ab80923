import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const CERTIFICATION_AUDIT_ACTIONS = defineAuditActions({
  "award_case.flagged_overdue": "Award case flagged overdue",
  // CTP trackings and their checklist template
  "ctp_tracking.invited": "CTP tracking started (partner invited)",
  "ctp_tracking.item_completed": "CTP item completed",
  "ctp_tracking.section_completed": "CTP section completed",
  "ctp_tracking.completed": "CTP tracking completed",
  "ctp_tracking.locked": "CTP tracking locked",
  "ctp_tracking.candidate_enrolled": "CTP trainer candidate enrolled",
  "ctp_template.item_added": "CTP checklist item added",
  "ctp_template.item_renamed": "CTP checklist item renamed",
  "ctp_template.item_moved": "CTP checklist item moved",
  "ctp_template.item_deactivated": "CTP checklist item deactivated",
  "ctp_template.item_reactivated": "CTP checklist item reactivated",
});
