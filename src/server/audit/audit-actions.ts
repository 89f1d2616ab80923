// Every audit action, each declared by the domain that records it (<domain>/audit-actions.ts). recordAuditEvent()
// accepts only these; the audit trail takes its action filter and labels from here.
import "server-only";
import { humanize } from "@/lib/humanize";
import { ACCOUNT_AUDIT_ACTIONS } from "@/server/account/audit-actions";
import { PARTNER_AUDIT_ACTIONS } from "@/server/partners/audit-actions";
import { APPLICATION_AUDIT_ACTIONS } from "@/server/applications/audit-actions";
import { AGREEMENT_AUDIT_ACTIONS } from "@/server/agreements/audit-actions";
import { CERTIFICATION_AUDIT_ACTIONS } from "@/server/certifications/audit-actions";
import { NFR_AUDIT_ACTIONS } from "@/server/nfr/audit-actions";
import { SUBCONTRACTING_AUDIT_ACTIONS } from "@/server/subcontracting/audit-actions";
import { MAIL_AUDIT_ACTIONS } from "@/server/mail/audit-actions";
import { NOTIFICATION_AUDIT_ACTIONS } from "@/server/notifications/audit-actions";

export const AUDIT_ACTIONS = {
  ...ACCOUNT_AUDIT_ACTIONS,
  ...PARTNER_AUDIT_ACTIONS,
  ...APPLICATION_AUDIT_ACTIONS,
  ...AGREEMENT_AUDIT_ACTIONS,
  ...CERTIFICATION_AUDIT_ACTIONS,
  ...NFR_AUDIT_ACTIONS,
  ...SUBCONTRACTING_AUDIT_ACTIONS,
  ...MAIL_AUDIT_ACTIONS,
  ...NOTIFICATION_AUDIT_ACTIONS,
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_VALUES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The label the audit trail shows; an action no domain registers any more (old rows) reads as its humanized name. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action] : humanize(action);
}

/** The audit trail's action filter: every registered action, by label. */
export const AUDIT_ACTION_OPTIONS: { value: AuditAction; label: string }[] = AUDIT_ACTION_VALUES.map((action) => ({
  value: action,
  label: AUDIT_ACTIONS[action],
})).sort((a, b) => a.label.localeCompare(b.label));
