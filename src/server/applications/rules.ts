// The applicant rules of DOMAIN.md ("Applicant review") and the shape of the registration, as pure functions.
import { Region } from "@/generated/prisma/enums";
import type { PartnerStatus } from "@/generated/prisma/enums";

/** The application's steps, in order; the draft remembers how far the applicant got. */
export const APPLICATION_STEPS = [
  { step: 1, slug: "company", title: "Company" },
  { step: 2, slug: "program", title: "Tracks and tier" },
  { step: 3, slug: "contact", title: "Primary contact" },
  { step: 4, slug: "agreements", title: "Agreements" },
  { step: 5, slug: "submit", title: "Review and submit" },
] as const;

export type ApplicationStep = (typeof APPLICATION_STEPS)[number]["step"];
export const LAST_STEP: ApplicationStep = 5;

export const EMAIL_VERIFICATION_TTL_HOURS = 48;
/** Confirmation links are public to ask for, so they are rationed: per address, and per requesting IP, each hour. */
export const MAX_VERIFICATION_EMAILS_PER_ADDRESS_PER_HOUR = 5;
export const MAX_VERIFICATION_EMAILS_PER_IP_PER_HOUR = 20;
/** How long an unfinished application stays resumable; a daily job deletes drafts untouched for longer. */
export const DRAFT_MAX_AGE_DAYS = 30;

/** The step to show: the one asked for if the applicant has reached it, else the furthest reached. */
export function stepToShow(requested: number | undefined, reached: number): ApplicationStep {
  const furthest = Math.min(Math.max(reached, 1), LAST_STEP) as ApplicationStep;
  if (!requested || !Number.isInteger(requested) || requested < 1 || requested > furthest) return furthest;
  return requested as ApplicationStep;
}

/** Public Sector applicants are reviewed by the Americas desk unless a PHD moves them. */
export function phdRegionFor(region: Region): Exclude<Region, "PUBLIC_SECTOR"> {
  return region === "PUBLIC_SECTOR" ? "AMER" : region;
}

/** The company regions whose applications a PHD region reviews: AMER's desk also takes Public sector. */
export function regionsReviewedBy(phdRegion: Region): Region[] {
  return Object.values(Region).filter((region) => phdRegionFor(region) === phdRegion);
}

/**
 * The 10-item applicant checklist. Items marked `byApproval` are what approving does (the welcome email, the admin
 * role, the CAM owner, the CAM's notice), so approval records them; the PHD answers the others before approving.
 */
export const REVIEW_CHECKLIST = [
  { position: 1, label: "Company is valid (website checked)", byApproval: false },
  { position: 2, label: "Correct region", byApproval: false },
  { position: 3, label: "Welcome email sent to the primary user", byApproval: true },
  { position: 4, label: "CRM id linked and correct", byApproval: false },
  { position: 5, label: "Primary contact is admin of the partner locator", byApproval: true },
  { position: 6, label: "Correct CAM assigned as account owner", byApproval: true },
  { position: 7, label: "Deal-registration access set up (primary contact has a phone number)", byApproval: false },
  { position: 8, label: "Account data correct (tracks, status, contract signed date, click-through agreement accepted)", byApproval: false },
  { position: 9, label: "Regional CAM notified of the new partner", byApproval: true },
  { position: 10, label: "Alliance/technology partner or contract questions flagged to the CAM", byApproval: false },
] as const;

export const PHD_CHECKLIST_POSITIONS: readonly number[] = REVIEW_CHECKLIST.filter((item) => !item.byApproval).map((item) => item.position);
export const APPROVAL_CHECKLIST_POSITIONS: readonly number[] = REVIEW_CHECKLIST.filter((item) => item.byApproval).map((item) => item.position);

export function checklistLabel(position: number): string {
  return REVIEW_CHECKLIST.find((item) => item.position === position)?.label ?? `Item ${position}`;
}

/**
 * Why the application cannot be approved yet, or null when it can: every item the PHD answers must be answered yes
 * (a "no" means fix the account or deny the application).
 */
export function approvalBlocker(items: readonly { position: number; answer: boolean | null }[]): string | null {
  const answers = new Map(items.map((item) => [item.position, item.answer]));
  const unanswered = PHD_CHECKLIST_POSITIONS.filter((position) => answers.get(position) == null);
  if (unanswered.length > 0) return `Complete the checklist first: ${checklistItems(unanswered)} not answered.`;
  const answeredNo = PHD_CHECKLIST_POSITIONS.filter((position) => answers.get(position) === false);
  if (answeredNo.length > 0) {
    const items = checklistItems(answeredNo);
    return `${items.charAt(0).toUpperCase()}${items.slice(1)} answered no: correct the account or deny the application.`;
  }
  return null;
}

/** "item 4 is", "items 4 and 7 are", "items 1, 2 and 4 are". */
function checklistItems(positions: readonly number[]): string {
  if (positions.length === 1) return `item ${positions[0]} is`;
  return `items ${positions.slice(0, -1).join(", ")} and ${positions.at(-1)} are`;
}

/** The line a finished review appends to the account notes. */
export function reviewNoteLine(at: Date, reviewerName: string, outcome: string): string {
  return `${at.toISOString().slice(0, 10)} · Applicant review by ${reviewerName}: ${outcome}`;
}

export function appendNote(notes: string, line: string): string {
  return notes.trim() ? `${notes.trimEnd()}\n${line}` : line;
}

/** Whole days since the application was submitted, as the queue shows them. */
export function ageInDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000));
}

/**
 * The required agreements with no published version: an application on those tracks cannot be completed, since the
 * MPA is always needed and an addendum cannot be accepted before it exists.
 */
export function unpublishedAgreementKinds<K extends string>(required: readonly K[], published: readonly { kind: K }[]): K[] {
  const available = new Set(published.map((agreement) => agreement.kind));
  return required.filter((kind) => !available.has(kind));
}

/**
 * Why a company with this website cannot start a new application, worded for where it stands: a denied applicant
 * re-applies from its own application page (its primary contact signs in), an application under review is followed
 * there, and an existing partner's colleagues are invited by its portal admin.
 */
export function existingCompanyMessage(domain: string, status: PartnerStatus, helpDeskEmail: string): string {
  switch (status) {
    case "DENIED":
      return `An application for ${domain} was declined. Its primary contact can sign in to read why and apply again; anyone else at the company can write to the Partner Help Desk at ${helpDeskEmail}.`;
    case "SUBMITTED":
    case "IN_REVIEW":
      return `An application for ${domain} is waiting for review. Its primary contact can sign in to follow it; once it is approved, ask them to invite you.`;
    default:
      return `${domain} is already a partner. Ask its portal admin to invite you, or write to the Partner Help Desk at ${helpDeskEmail}.`;
  }
}

/**
 * Why the company cannot apply again, or null when it can: only a denied application is sent again. DOMAIN.md sets
 * no waiting period after a denial, so none is enforced.
 */
export function reapplyBlocker(status: PartnerStatus): string | null {
  switch (status) {
    case "DENIED":
      return null;
    case "SUBMITTED":
    case "IN_REVIEW":
      return "Your application is already waiting for review.";
    case "AUTHORIZED":
      return "Your company is already a partner.";
    default:
      return "Your company's partner account is inactive: write to the Partner Help Desk to reactivate it.";
  }
}
