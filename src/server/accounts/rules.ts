// What the CAM's dashboard calls urgent (DOMAIN.md, "Certifications"): the horizons are the certification and CTP
// rules' own, so the dashboard flags what the notices and the CTP pages flag.
import "server-only";
import { addDays, differenceInCalendarDays } from "date-fns";
import { EXPIRY_NOTICE_DAYS } from "@/lib/certifications";

/** Certifications expiring within this many days are listed (the partner is notified at the same horizon). */
export const EXPIRING_WITHIN_DAYS = EXPIRY_NOTICE_DAYS;

export function expiringHorizon(now: Date): Date {
  return addDays(now, EXPIRING_WITHIN_DAYS);
}

/** Whole calendar days from now to the date: negative once it has passed. */
export function daysLeft(until: Date, now: Date): number {
  return differenceInCalendarDays(until, now);
}
