import "server-only";
import { defineAuditActions } from "@/server/audit/define-audit-actions";

export const PARTNER_AUDIT_ACTIONS = defineAuditActions({
  "partner.profile_updated": "Partner profile updated",
  "partner.logo_uploaded": "Partner logo uploaded",
  "partner.user_invited": "Partner user invited",
  "partner.invitation_accepted": "Partner invitation accepted",
  "partner.invitation_revoked": "Partner invitation revoked",
  "partner.user_role_changed": "Partner user role changed",
  "partner.user_deactivated": "Partner user deactivated",
  "partner.user_reactivated": "Partner user reactivated",
});
