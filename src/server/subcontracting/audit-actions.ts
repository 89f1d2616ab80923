import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const SUBCONTRACTING_AUDIT_ACTIONS = defineAuditActions({
  "subcontract.relationship_changed": "Subcontracting relationship changed",
  "subcontract.agreement_executed": "MSA or DPA recorded as executed",
  "sow.created": "Prime SOW drafted",
  "sow.status_changed": "Prime SOW moved along its lifecycle",
  "sow.rates_updated": "Prime SOW rates updated",
  "sow.document_attached": "Document attached to a Prime SOW",
  "sow.replenishment_alerted": "Replenishment alert raised",
  "sow.po_request_approved": "Replenishment PO approved",
  "sow.po_request_cancelled": "Replenishment PO request cancelled",
  "work_authorization.created": "Work authorization created",
  "work_authorization.status_changed": "Work authorization status changed",
  "work_authorization.consultant_assigned": "Consultant assigned to a work authorization",
  "consultant.added": "Consultant candidate added",
  "consultant.stage_changed": "Consultant moved along the pipeline",
  "consultant.declined": "Consultant declined",
  "consultant.onboarding_updated": "Consultant onboarding updated",
  "consultant.offboarding_updated": "Consultant offboarding updated",
  "time.logged": "Hours logged",
  "time.decided": "Hours past the authorization decided",
  "invoice.drafted": "Invoice drafted",
  "invoice.expense_added": "Expense added to an invoice",
  "invoice.submitted": "Invoice submitted",
  "invoice.approved": "Invoice approved",
  "invoice.rejected": "Invoice rejected",
});
