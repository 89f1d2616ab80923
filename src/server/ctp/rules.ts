// The Certified Training Partner (CTP) tracking's rules (DOMAIN.md, "Certifications"; the handbook's CTP section):
// who owns each section, when a tracking locks and which items count as overdue.
// Pure functions: the operations, the pages and the lock job all decide with these.
import { addMonths, differenceInCalendarDays } from "date-fns";
import type { CtpOwner, CtpSectionKind, CtpTrackingStatus } from "@/generated/prisma/enums";

/** Everything must be complete within 6 months of the tracking's start; after that it locks. */
export const CTP_MONTHS_TO_COMPLETE = 6;

/** Open items of a tracking this close to its lock (or already locked) are overdue on the CAM's list. */
export const CTP_OVERDUE_WITHIN_DAYS = 30;

/** The five sections in the handbook's order, each with its owner. */
export const CTP_SECTIONS: readonly { kind: CtpSectionKind; label: string; owner: CtpOwner }[] = [
  { kind: "PROGRAM_ENTRY", label: "Program entry requirements", owner: "CAM" },
  { kind: "TRAINER_CANDIDATES", label: "Certified trainer candidates", owner: "PARTNER_PRIMARY_CONTACT" },
  { kind: "COMPETENCY", label: "Competency requirements", owner: "EDUCATION_SERVICES" },
  // The handbook names no owner per section; the CAM sets the MBO goals with the partner, as the seed always had it.
  { kind: "COMPLIANCE_MBO", label: "Compliance requirements and MBO goals", owner: "CAM" },
  { kind: "LEGAL_OPERATIONAL", label: "Legal and operational requirements", owner: "CHANNEL_SERVICES" },
];

export const CTP_OWNER_LABELS: Record<CtpOwner, string> = {
  CAM: "Channel Account Manager",
  PARTNER_PRIMARY_CONTACT: "Partner primary contact",
  EDUCATION_SERVICES: "Education Services",
  CHANNEL_SERVICES: "Channel Services",
};

/** Who completes a section's items, as a sentence names them. */
export const CTP_OWNER_PHRASES: Record<CtpOwner, string> = {
  CAM: "the account's CAM",
  PARTNER_PRIMARY_CONTACT: "the partner's primary contact",
  EDUCATION_SERVICES: "Education Services",
  CHANNEL_SERVICES: "Channel Services",
};

export function ctpSectionLabel(kind: CtpSectionKind): string {
  return CTP_SECTIONS.find((section) => section.kind === kind)?.label ?? kind;
}

export function ctpSectionOwner(kind: CtpSectionKind): CtpOwner {
  const section = CTP_SECTIONS.find((candidate) => candidate.kind === kind);
  if (!section) throw new Error(`Unknown CTP section ${kind}`);
  return section.owner;
}

export function ctpLocksAt(startedAt: Date): Date {
  return addMonths(startedAt, CTP_MONTHS_TO_COMPLETE);
}

/** Locked by the job, or past its 6 months with the job not yet run: either way nothing more can be completed. */
export function isCtpLocked(tracking: { status: CtpTrackingStatus; locksAt: Date }, now: Date): boolean {
  return tracking.status === "LOCKED" || (tracking.status === "ACTIVE" && now.getTime() >= tracking.locksAt.getTime());
}

/** Whole days left before the lock, 0 once it is reached. */
export function ctpDaysLeft(locksAt: Date, now: Date): number {
  return Math.max(0, differenceInCalendarDays(locksAt, now));
}

/** An open item is overdue when its tracking locks within 30 days, or has locked with it still open. */
export function isCtpItemOverdue(tracking: { status: CtpTrackingStatus; locksAt: Date }, now: Date): boolean {
  if (tracking.status === "COMPLETE") return false;
  return isCtpLocked(tracking, now) || ctpDaysLeft(tracking.locksAt, now) <= CTP_OVERDUE_WITHIN_DAYS;
}

/** The sentence a locked tracking's page shows. */
export function ctpLockedSentence(lockedOn: string): string {
  return `Locked on ${lockedOn}: not completed within ${CTP_MONTHS_TO_COMPLETE} months; nothing more can be completed.`;
}
