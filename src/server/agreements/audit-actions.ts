import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const AGREEMENT_AUDIT_ACTIONS = defineAuditActions({
  "agreement.version_drafted": "Agreement version drafted",
  "agreement.draft_updated": "Agreement draft updated",
  "agreement.version_published": "Agreement version published",
  "agreement.accepted": "Agreement accepted",
  "legal_request.opened": "Legal request opened",
  "legal_request.updated": "Legal request updated",
  "legal_request.resolved": "Legal request resolved as agreed",
  "legal_request.declined": "Legal request declined",
});
