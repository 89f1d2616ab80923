import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const CERTIFICATION_AUDIT_ACTIONS = defineAuditActions({
  "award_case.flagged_overdue": "Award case flagged overdue",
  "certification.created": "Certification added to the catalog",
  "certification.updated": "Certification changed in the catalog",
  "certification.psp_threshold_changed": "PSP threshold changed",
  "certification.step_recorded": "Certification step recorded by its holder",
  "certification.exam_verified": "Self-recorded exam pass verified",
  "certification.exam_rejected": "Self-recorded exam pass rejected",
  "certification.import_started": "Completions import uploaded",
  "certification.import_completed": "Completions import finished",
  "certification.import_failed": "Completions import failed",
  "award_case.email_sent": "Award email sent",
  "award_case.profile_updated": "Award: profile and locator badge updated",
  "award_case.community_access_granted": "Award: Service Partner Community access granted",
  "award_case.completed": "Award case completed",
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
