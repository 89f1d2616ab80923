// What the CAM's dashboard calls urgent (DOMAIN.md, "Certifications").
import "server-only";
import { addDays, differenceInCalendarDays } from "date-fns";

/** Certifications expiring within this many days are listed (the partner is notified at the same horizon). */
export const EXPIRING_WITHIN_DAYS = 60;

/** A CTP tracking with CAM items open is overdue once it is this close to its 6-month lock, or past it. */
export const CTP_OVERDUE_WITHIN_DAYS = 30;

export function expiringHorizon(now: Date): Date {
  return addDays(now, EXPIRING_WITHIN_DAYS);
}

/** Whole calendar days from now to the date: negative once it has passed. */
export function daysLeft(until: Date, now: Date): number {
  return differenceInCalendarDays(until, now);
}

export function isCtpOverdue(locksAt: Date, now: Date): boolean {
  return daysLeft(locksAt, now) <= CTP_OVERDUE_WITHIN_DAYS;
}
