import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const NFR_AUDIT_ACTIONS = defineAuditActions({
  "nfr.request_filed": "NFR request filed",
  "nfr.approved": "NFR request approved",
  "nfr.rejected": "NFR request rejected",
  "nfr.info_requested": "More information asked on an NFR request",
  "nfr.info_answered": "NFR request answered",
  "nfr.license_revoked": "NFR license revoked",
  "nfr.cap_mode_changed": "NFR cap setting changed",
});
