import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const APPLICATION_AUDIT_ACTIONS = defineAuditActions({
  "application.draft_saved": "Application draft saved",
  "application.verification_sent": "Application confirmation link sent",
  "application.email_verified": "Application email confirmed",
  "application.stale_drafts_deleted": "Stale application drafts deleted",
  "partner.application_submitted": "Partner application submitted",
  "partner.review_checklist_saved": "Review checklist saved",
  "partner.note_added": "Account note added",
  "partner.account_updated": "Applicant account updated",
  "partner.approved": "Partner approved",
  "partner.denied": "Partner denied",
  "partner.reapplied": "Denied applicant applied again",
  "partner.review_reminder_sent": "Applicant review reminder sent",
});
