// No "server-only": the preferences form shows the labels in the browser. Pure data, no secrets.
import "server-only";
import type { Role } from "@/generated/prisma/enums";

/**
 * A kind of notification a workflow sends, with the label people see on the preferences form and the roles it is sent
 * to: a person sets email preferences only for the types their role receives. Stored as its string in
 * Notification.type and NotificationPreference.type.
 */
export interface NotificationTypeEntry {
  type: string;
  label: string;
  recipients: readonly Role[];
}

export const PARTNER_ROLES: readonly Role[] = ["PARTNER_ADMIN", "PARTNER_USER"];

/** A domain's notification types, kept literal so ./types.ts can make the union of every registered type. */
export function defineNotificationTypes<const Entries extends readonly NotificationTypeEntry[]>(entries: Entries): Entries {
  return entries;
}
