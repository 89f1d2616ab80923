// The kinds of notification workflows send, each with the label people see on the preferences form.
// A type is stored as its string in Notification.type and NotificationPreference.type.
export const NOTIFICATION_TYPES = [
  { type: "nfr.request_submitted", label: "New NFR request" },
  { type: "nfr.request_decided", label: "NFR request decided" },
  { type: "nfr.info_requested", label: "More information asked on an NFR request" },
  { type: "partner.application_submitted", label: "New partner application" },
  { type: "partner.applications_waiting", label: "Weekly reminder of applications waiting for review" },
  { type: "award.case_opened", label: "Award case opened" },
  { type: "award.case_overdue", label: "Award case overdue" },
  { type: "license.expiring", label: "License expiring" },
  { type: "sow.funds_low", label: "SOW funds running low" },
  { type: "account.review_due", label: "Account review due" },
  { type: "invoice.submitted", label: "Invoice submitted" },
  { type: "agreement.legal_request_opened", label: "Legal request opened" },
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number]["type"];

export const NOTIFICATION_TYPE_VALUES = NOTIFICATION_TYPES.map((entry) => entry.type) as [NotificationType, ...NotificationType[]];

/** The label for a stored type; rows written before a type was listed here show the raw type rather than nothing. */
export function notificationTypeLabel(type: string): string {
  return NOTIFICATION_TYPES.find((entry) => entry.type === type)?.label ?? type;
}
