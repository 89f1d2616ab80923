// Every notification type, each declared by the domain whose workflow sends it (<domain>/notification-types.ts).
// notify() accepts only these, and the preferences form lists them in this order, grouped by domain.
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { NFR_NOTIFICATION_TYPES } from "@/server/nfr/notification-types";
import { APPLICATION_NOTIFICATION_TYPES } from "@/server/applications/notification-types";
import { CERTIFICATION_NOTIFICATION_TYPES } from "@/server/certifications/notification-types";
import { SUBCONTRACTING_NOTIFICATION_TYPES } from "@/server/subcontracting/notification-types";
import { AGREEMENT_NOTIFICATION_TYPES } from "@/server/agreements/notification-types";
import { PARTNER_NOTIFICATION_TYPES } from "@/server/partners/notification-types";

export const NOTIFICATION_TYPES = [
  ...NFR_NOTIFICATION_TYPES,
  ...APPLICATION_NOTIFICATION_TYPES,
  ...CERTIFICATION_NOTIFICATION_TYPES,
  ...SUBCONTRACTING_NOTIFICATION_TYPES,
  ...AGREEMENT_NOTIFICATION_TYPES,
  ...PARTNER_NOTIFICATION_TYPES,
] as const;

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
