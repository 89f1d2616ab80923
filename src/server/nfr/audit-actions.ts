import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const NFR_AUDIT_ACTIONS = defineAuditActions({
  "nfr.approved": "NFR request approved",
  "nfr.rejected": "NFR request rejected",
});
