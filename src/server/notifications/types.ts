// The kinds of notification workflows send, each with the label people see on the preferences form and the roles
// it is sent to: a person sets email preferences only for the types their role receives.
// A type is stored as its string in Notification.type and NotificationPreference.type.
import "server-only";
import type { Role } from "@/generated/prisma/enums";

const PARTNER: readonly Role[] = ["PARTNER_ADMIN", "PARTNER_USER"];

export const NOTIFICATION_TYPES = [
  { type: "nfr.request_submitted", label: "New NFR request", recipients: ["PHD"] },
  { type: "nfr.request_decided", label: "NFR request decided", recipients: PARTNER },
  { type: "nfr.info_requested", label: "More information asked on an NFR request", recipients: PARTNER },
  { type: "partner.application_submitted", label: "New partner application", recipients: ["PHD"] },
  { type: "partner.applications_waiting", label: "Weekly reminder of applications waiting for review", recipients: ["PHD"] },
  { type: "award.case_opened", label: "Award case opened", recipients: ["CAM", ...PARTNER] },
  { type: "award.case_overdue", label: "Award case overdue", recipients: ["CAM"] },
  { type: "license.expiring", label: "License expiring", recipients: PARTNER },
  { type: "sow.funds_low", label: "SOW funds running low", recipients: ["PS_COORDINATOR"] },
  { type: "account.review_due", label: "Account review due", recipients: ["PHD"] },
  { type: "invoice.submitted", label: "Invoice submitted", recipients: ["PS_COORDINATOR", ...PARTNER] },
  { type: "agreement.legal_request_opened", label: "Legal request opened", recipients: ["ADMIN"] },
] as const satisfies readonly { type: string; label: string; recipients: readonly Role[] }[];

export type NotificationType = (typeof NOTIFICATION_TYPES)[number]["type"];

export const NOTIFICATION_TYPE_VALUES = NOTIFICATION_TYPES.map((entry) => entry.type) as [NotificationType, ...NotificationType[]];

/** The label for a stored type; rows written before a type was listed here show the raw type rather than nothing. */
export function notificationTypeLabel(type: string): string {
  return NOTIFICATION_TYPES.find((entry) => entry.type === type)?.label ?? type;
}

/** The types a role receives, in the order of the list. */
export function notificationTypesFor(role: Role): NotificationType[] {
  return NOTIFICATION_TYPES.filter((entry) => (entry.recipients as readonly Role[]).includes(role)).map((entry) => entry.type);
}
