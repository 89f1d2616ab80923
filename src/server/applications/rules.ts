// The applicant rules of DOMAIN.md ("Applicant review") and the shape of the registration, as pure functions.
import { Region, type AgreementKind, type LegalRequestStatus, type PartnerStatus } from "@/generated/prisma/enums";
import { isOpenLegalRequest } from "@/server/agreements/rules";
import { humanize } from "@/lib/humanize";

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
 * role, the CAM owner, the CAM's notice), so approval records them. Items marked `fromFacts` are facts the portal
 * holds (the CRM id, the agreements), so they are read from those facts, never typed. The PHD answers the others.
 */
export const REVIEW_CHECKLIST = [
  { position: 1, label: "Company is valid (website checked)", byApproval: false, fromFacts: false },
  { position: 2, label: "Correct region", byApproval: false, fromFacts: false },
  { position: 3, label: "Welcome email sent to the primary user", byApproval: true, fromFacts: false },
  { position: 4, label: "CRM id linked and correct", byApproval: false, fromFacts: true },
  { position: 5, label: "Primary contact is admin of the partner locator", byApproval: true, fromFacts: false },
  { position: 6, label: "Correct CAM assigned as account owner", byApproval: true, fromFacts: false },
  { position: 7, label: "Deal-registration access set up (primary contact has a phone number)", byApproval: false, fromFacts: false },
  {
    position: 8,
    label: "Account data correct (tracks, status, contract signed date, click-through agreement accepted)",
    byApproval: false,
    fromFacts: true,
  },
  { position: 9, label: "Regional CAM notified of the new partner", byApproval: true, fromFacts: false },
  { position: 10, label: "Alliance/technology partner or contract questions flagged to the CAM", byApproval: false, fromFacts: false },
] as const;

export const PHD_CHECKLIST_POSITIONS: readonly number[] = REVIEW_CHECKLIST.filter((item) => !item.byApproval && !item.fromFacts).map((item) => item.position);
/** What approving records as done: its own items, and the facts it has just checked. */
export const APPROVAL_CHECKLIST_POSITIONS: readonly number[] = REVIEW_CHECKLIST.filter((item) => item.byApproval || item.fromFacts).map(
  (item) => item.position,
);

export function checklistLabel(position: number): string {
  return REVIEW_CHECKLIST.find((item) => item.position === position)?.label ?? `Item ${position}`;
}

/**
 * Where an applicant stands on one agreement its tracks require: accepted (for its region, or with a leadership
 * exception), resolved as agreed in a legal request, still in negotiation, declined, accepted for another region
 * only, or not answered at all. Only the first two let the application be approved.
 */
export type RequiredAgreementState = "ACCEPTED" | "RESOLVED_AS_AGREED" | "IN_NEGOTIATION" | "DECLINED" | "OTHER_REGION" | "NOT_ACCEPTED";

export interface ApplicantAgreementFacts {
  region: Region;
  required: readonly AgreementKind[];
  acceptances: readonly { kind: AgreementKind; region: Region; leadershipException: string | null; acceptedAt: Date }[];
  legalRequests: readonly { kind: AgreementKind; status: LegalRequestStatus; resolvedAt: Date | null }[];
}

export interface RequiredAgreementStanding {
  kind: AgreementKind;
  state: RequiredAgreementState;
  /** When the agreement was accepted or its legal request resolved as agreed; null while it is not settled. */
  settledAt: Date | null;
}

export function requiredAgreementStandings(facts: ApplicantAgreementFacts): RequiredAgreementStanding[] {
  return facts.required.map((kind): RequiredAgreementStanding => {
    const acceptances = facts.acceptances.filter((acceptance) => acceptance.kind === kind);
    // DOMAIN.md: an agreement covers one region unless an admin records a leadership exception.
    const covering = acceptances.find((acceptance) => acceptance.region === facts.region || acceptance.leadershipException);
    if (covering) return { kind, state: "ACCEPTED", settledAt: covering.acceptedAt };
    const requests = facts.legalRequests.filter((request) => request.kind === kind);
    const agreed = requests.find((request) => request.status === "RESOLVED");
    if (agreed) return { kind, state: "RESOLVED_AS_AGREED", settledAt: agreed.resolvedAt };
    if (requests.some((request) => isOpenLegalRequest(request.status))) return { kind, state: "IN_NEGOTIATION", settledAt: null };
    if (requests.some((request) => request.status === "DECLINED")) return { kind, state: "DECLINED", settledAt: null };
    return { kind, state: acceptances.length > 0 ? "OTHER_REGION" : "NOT_ACCEPTED", settledAt: null };
  });
}

export function isSettled(standing: RequiredAgreementStanding): boolean {
  return standing.state === "ACCEPTED" || standing.state === "RESOLVED_AS_AGREED";
}

const STATE_PHRASES: Record<RequiredAgreementState, string> = {
  ACCEPTED: "accepted",
  RESOLVED_AS_AGREED: "resolved as agreed",
  IN_NEGOTIATION: "in negotiation (its legal request is not resolved)",
  DECLINED: "declined in legal review",
  OTHER_REGION: "accepted for another region only",
  NOT_ACCEPTED: "not accepted",
};

/** "MPA accepted", "Reseller addendum in negotiation (its legal request is not resolved)". */
export function agreementStandingLine(standing: RequiredAgreementStanding): string {
  return `${humanize(standing.kind)} ${STATE_PHRASES[standing.state]}`;
}

/** When the last required agreement was settled: the account's contract signed date. Null while one is not. */
export function contractSignedAt(standings: readonly RequiredAgreementStanding[]): Date | null {
  if (standings.length === 0 || !standings.every(isSettled)) return null;
  const times = standings.map((standing) => standing.settledAt?.getTime() ?? 0);
  return new Date(Math.max(...times));
}

/** Items 4 and 8 as the facts answer them, with the fact that answers each. */
export function factChecklistAnswers(facts: {
  crmId: string | null;
  agreements: readonly RequiredAgreementStanding[];
}): Map<number, { answer: boolean; detail: string }> {
  const unsettled = facts.agreements.filter((standing) => !isSettled(standing));
  return new Map([
    [4, facts.crmId ? { answer: true, detail: `CRM id ${facts.crmId} is linked.` } : { answer: false, detail: "No CRM id is linked: add it under Account." }],
    [
      8,
      unsettled.length === 0
        ? { answer: true, detail: `Every required agreement is settled: ${facts.agreements.map(agreementStandingLine).join("; ")}.` }
        : { answer: false, detail: `Not every required agreement is settled: ${unsettled.map(agreementStandingLine).join("; ")}.` },
    ],
  ]);
}

/**
 * Why the application cannot be approved yet, or null when it can: every required agreement accepted or its legal
 * request resolved as agreed, the CRM id linked, and every item the PHD answers answered yes (a "no" means fix the
 * account or deny the application). All the reasons at once, so the PHD fixes them in one pass.
 */
export function approvalBlocker(input: {
  items: readonly { position: number; answer: boolean | null }[];
  agreements: readonly RequiredAgreementStanding[];
  crmId: string | null;
}): string | null {
  const reasons: string[] = [];
  const unsettled = input.agreements.filter((standing) => !isSettled(standing));
  if (unsettled.length > 0) {
    reasons.push(`Every required agreement must be accepted or its legal request resolved as agreed: ${unsettled.map(agreementStandingLine).join("; ")}.`);
  }
  if (!input.crmId) reasons.push("Link the company's CRM id under Account.");
  const answers = new Map(input.items.map((item) => [item.position, item.answer]));
  const unanswered = PHD_CHECKLIST_POSITIONS.filter((position) => answers.get(position) == null);
  if (unanswered.length > 0) reasons.push(`Complete the checklist first: ${checklistItems(unanswered)} not answered.`);
  const answeredNo = PHD_CHECKLIST_POSITIONS.filter((position) => answers.get(position) === false);
  if (answeredNo.length > 0) {
    const items = checklistItems(answeredNo);
    reasons.push(`${items.charAt(0).toUpperCase()}${items.slice(1)} answered no: correct the account or deny the application.`);
  }
  return reasons.length > 0 ? reasons.join(" ") : null;
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

/** Whole days the application waited: until the decision once there is one, else until now. */
export function ageInDays(submittedAt: Date, now: Date, decidedAt: Date | null = null): number {
  const until = decidedAt ?? now;
  return Math.max(0, Math.floor((until.getTime() - submittedAt.getTime()) / 86_400_000));
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
