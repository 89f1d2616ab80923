// Subcontracting's rules as pure functions (DOMAIN.md, "Subcontracting (Professional Services)"), unit-tested without
// a database: the Prime SOW lifecycle, the funds a work authorization draws, the hours a day holds, the replenishment
// line, the change-order pace and the consultant pipeline. Money is integer cents, time integer minutes.
import { differenceInCalendarDays } from "date-fns";
import { formatMoney } from "@/lib/format";
import type { ConsultantStage, SowStatus, SubcontractRelationship } from "@/generated/prisma/enums";

/** A Prime SOW's standard amount, and the amount of the new PO a replenishment alert asks for. */
export const STANDARD_SOW_AMOUNT_CENTS = 300_000_00;
/** When a SOW's remaining funds (amount − invoiced) fall to this, the coordinator asks for a new PO. */
export const REPLENISHMENT_LINE_CENTS = 60_000_00;
export const MINUTES_PER_DAY = 24 * 60;

/** The lifecycle in order; each step moves forward one, except the redline loop and the refill of an exhausted SOW. */
export const SOW_STATUSES: readonly SowStatus[] = [
  "DRAFT",
  "SENT_TO_PARTNER",
  "REDLINES",
  "LEGAL_STAMP",
  "OUT_FOR_SIGNATURE",
  "EXECUTED",
  "PO_APPROVED",
  "ACTIVE",
  "EXHAUSTED",
];

const SOW_TRANSITIONS: Record<SowStatus, readonly SowStatus[]> = {
  DRAFT: ["SENT_TO_PARTNER"],
  // The partner either returns redlines or accepts the text as sent.
  SENT_TO_PARTNER: ["REDLINES", "LEGAL_STAMP"],
  // Redlines are answered with a revised text sent again, or accepted and stamped.
  REDLINES: ["SENT_TO_PARTNER", "LEGAL_STAMP"],
  LEGAL_STAMP: ["OUT_FOR_SIGNATURE"],
  OUT_FOR_SIGNATURE: ["EXECUTED"],
  EXECUTED: ["PO_APPROVED"],
  PO_APPROVED: ["ACTIVE"],
  ACTIVE: ["EXHAUSTED"],
  // An approved replenishment PO refills an exhausted SOW.
  EXHAUSTED: ["ACTIVE"],
};

export function nextSowStatuses(from: SowStatus): readonly SowStatus[] {
  return SOW_TRANSITIONS[from];
}

export interface SowTransitionContext {
  msaExecuted: boolean;
  dpaExecuted: boolean;
  poNumber: string | null;
}

/** Why the SOW cannot move from `from` to `to`, or null when it may. */
export function sowTransitionBlocker(from: SowStatus, to: SowStatus, context: SowTransitionContext): string | null {
  if (!SOW_TRANSITIONS[from].includes(to)) {
    return `A SOW that is ${labelOf(from)} cannot move to ${labelOf(to)}.`;
  }
  if (to === "SENT_TO_PARTNER") {
    const missing = [!context.msaExecuted && "MSA", !context.dpaExecuted && "DPA"].filter(Boolean);
    if (missing.length > 0) {
      return `The partner's ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not executed yet: record ${missing.length > 1 ? "them" : "it"} on the partner's page before sending the SOW.`;
    }
  }
  if (to === "PO_APPROVED" && !context.poNumber) return "Enter the PO number to record the PO as approved.";
  return null;
}

function labelOf(status: SowStatus | ConsultantStage): string {
  return status.toLowerCase().replaceAll("_", " ");
}

/** What a work authorization draws from its SOW: its hours at its rate, plus its travel and expenses budget. */
export function workAuthorizationAmountCents(input: { hoursAuthorized: number; hourlyRateCents: number; expenseBudgetCents: number }): number {
  return input.hoursAuthorized * input.hourlyRateCents + input.expenseBudgetCents;
}

/** Why a new authorization of `amountCents` cannot be drawn from the SOW, or null when its funds cover it. */
export function fundsBlocker(sow: { status: SowStatus; amountCents: number; authorizedCents: number }, amountCents: number): string | null {
  if (sow.status !== "ACTIVE") return "Work can only be authorized against an active SOW.";
  const available = sow.amountCents - sow.authorizedCents;
  if (amountCents > available) {
    return `This authorization draws ${formatMoney(amountCents)}, but the SOW has ${formatMoney(available)} left to authorize.`;
  }
  return null;
}

/** What is left of the SOW's funds once what was invoiced is paid: the figure the replenishment line watches. */
export function remainingFundsCents(sow: { amountCents: number; invoicedCents: number }): number {
  return sow.amountCents - sow.invoicedCents;
}

export function needsReplenishment(sow: { amountCents: number; invoicedCents: number }): boolean {
  return remainingFundsCents(sow) <= REPLENISHMENT_LINE_CENTS;
}

/**
 * A project's hours pace: the minutes logged so far, stretched over the authorization's whole span, against the
 * minutes authorized. At risk when the projection passes the authorization before the end date.
 */
export function changeOrderProjection(input: { minutesLogged: number; hoursAuthorized: number; startsOn: Date | null; endsOn: Date | null; today: Date }): {
  projectedMinutes: number;
  overrunMinutes: number;
  atRisk: boolean;
} {
  const authorizedMinutes = input.hoursAuthorized * 60;
  if (!input.startsOn || !input.endsOn) {
    const overrun = Math.max(0, input.minutesLogged - authorizedMinutes);
    return { projectedMinutes: input.minutesLogged, overrunMinutes: overrun, atRisk: overrun > 0 };
  }
  const span = Math.max(1, differenceInCalendarDays(input.endsOn, input.startsOn) + 1);
  const elapsed = Math.min(span, Math.max(1, differenceInCalendarDays(input.today, input.startsOn) + 1));
  const projectedMinutes = Math.round((input.minutesLogged * span) / elapsed);
  const overrunMinutes = Math.max(0, projectedMinutes - authorizedMinutes);
  return { projectedMinutes, overrunMinutes, atRisk: overrunMinutes > 0 };
}

/** An entry goes on the invoice as logged while the project is within its hours; past them it waits for the coordinator. */
export function timeEntryNeedsApproval(input: { minutesLoggedBefore: number; minutes: number; hoursAuthorized: number }): boolean {
  return input.minutesLoggedBefore + input.minutes > input.hoursAuthorized * 60;
}

/** The customer's name reaches staff and staff-augmentation partners only, never a project-based or direct partner. */
export function showsCustomerTo(relationship: SubcontractRelationship | null): boolean {
  return relationship === "INDIRECT_STAFF_AUGMENTATION";
}

/** The pipeline in order (DOMAIN.md); a consultant moves forward one stage at a time, or is declined before approval. */
export const CONSULTANT_STAGES: readonly ConsultantStage[] = [
  "CANDIDATE",
  "SKILLS_MATRIX_SUBMITTED",
  "VIDEO_REVIEWED",
  "CERTIFICATIONS_VERIFIED",
  "DEEP_DIVE_PASSED",
  "APPROVED",
  "ONBOARDING",
  "ACTIVE",
  "OFFBOARDED",
];

/** The certifications a consultant must hold (by catalog code) before the technical deep-dive. */
export const REQUIRED_CONSULTANT_CERTIFICATION_CODES = ["MIGRATION", "PM"] as const;

/** The deep-dive with a Sr. PSE lasts 30 to 45 minutes. */
export const DEEP_DIVE_MINUTES = { min: 30, max: 45 } as const;

export function nextConsultantStage(stage: ConsultantStage): ConsultantStage | null {
  const index = CONSULTANT_STAGES.indexOf(stage);
  return index >= 0 && index < CONSULTANT_STAGES.length - 1 ? CONSULTANT_STAGES[index + 1] : null;
}

/** Only an approved consultant (approved, onboarding or active on projects) is assigned to a work authorization. */
export function canAssignConsultant(stage: ConsultantStage): boolean {
  return stage === "APPROVED" || stage === "ONBOARDING" || stage === "ACTIVE";
}

export function canDeclineConsultant(stage: ConsultantStage): boolean {
  return CONSULTANT_STAGES.indexOf(stage) >= 0 && CONSULTANT_STAGES.indexOf(stage) < CONSULTANT_STAGES.indexOf("APPROVED");
}

/** First day of the month `date` falls in, as a UTC date: an invoice's month, a burn row's month. */
export function monthOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** A time entry's value: its minutes at the authorization's hourly rate, rounded to the cent. */
export function timeValueCents(minutes: number, hourlyRateCents: number): number {
  return Math.round((minutes * hourlyRateCents) / 60);
}

// ── Consultant pipeline (sub-consultants): the evidence each step records and where each stage began ──

/** The skills matrix a candidate answers, each rated 1 (new to it) to 5 (leads others in it). */
export const CONSULTANT_SKILLS = [
  { id: "gitlab_administration", label: "GitLab administration" },
  { id: "ci_cd", label: "CI/CD" },
  { id: "migrations", label: "Migrations (Congregate)" },
  { id: "kubernetes", label: "Kubernetes" },
  { id: "scripting", label: "Scripting" },
  { id: "project_management", label: "Project management" },
] as const;
export type ConsultantSkillId = (typeof CONSULTANT_SKILLS)[number]["id"];
export const SKILL_RATING = { min: 1, max: 5 } as const;

/** What the step that leaves each stage is called, for the refusal of a step taken out of order. */
const NEXT_STEP: Partial<Record<ConsultantStage, string>> = {
  CANDIDATE: "submit the skills matrix",
  SKILLS_MATRIX_SUBMITTED: "review the soft-skills video",
  VIDEO_REVIEWED: "verify the certifications",
  CERTIFICATIONS_VERIFIED: "record the technical deep-dive",
  DEEP_DIVE_PASSED: "approve",
  APPROVED: "complete the onboarding checklist",
  ONBOARDING: "complete the onboarding checklist",
  ACTIVE: "complete the offboarding checklist",
};

export function consultantStageLabel(stage: ConsultantStage): string {
  return stage === "ACTIVE" ? "active on projects" : labelOf(stage);
}

/**
 * Why a step meant for a consultant in one of `expected` stages cannot be taken now, or null when it can: each step
 * moves the consultant on from one stage, so a repeated or skipped step is refused with what comes next instead.
 */
export function consultantStepBlocker(stage: ConsultantStage, expected: readonly ConsultantStage[]): string | null {
  if (expected.includes(stage)) return null;
  if (stage === "DECLINED") return "This consultant was declined; the pipeline has ended for them.";
  if (stage === "OFFBOARDED") return "This consultant is offboarded; the pipeline has ended for them.";
  return `This consultant is at "${consultantStageLabel(stage)}": the next step is to ${NEXT_STEP[stage] ?? "wait"}.`;
}

/** The required certification codes the consultant holds none of, unexpired on `today`. */
export function missingConsultantCertifications(held: readonly { code: string; expiresAt: Date | null }[], today: Date): string[] {
  return REQUIRED_CONSULTANT_CERTIFICATION_CODES.filter(
    (code) => !held.some((earned) => earned.code === code && (earned.expiresAt === null || earned.expiresAt > today)),
  );
}

export interface OnboardingChecklist {
  accessRequestedAt: Date | null;
  onboardingBuddy: string | null;
  timeLoggingSetAt: Date | null;
}

export function onboardingComplete(checklist: OnboardingChecklist): boolean {
  return checklist.accessRequestedAt !== null && Boolean(checklist.onboardingBuddy) && checklist.timeLoggingSetAt !== null;
}

export interface OffboardingChecklist {
  retroAt: Date | null;
  accessRemovedAt: Date | null;
  otherProjectsCheckedAt: Date | null;
}

export function offboardingComplete(checklist: OffboardingChecklist): boolean {
  return checklist.retroAt !== null && checklist.accessRemovedAt !== null && checklist.otherProjectsCheckedAt !== null;
}

export interface ConsultantStageDates extends OnboardingChecklist {
  stage: ConsultantStage;
  createdAt: Date;
  skillsSubmittedAt: Date | null;
  videoReviewedAt: Date | null;
  certsVerifiedAt: Date | null;
  deepDiveAt: Date | null;
  approvedAt: Date | null;
  activatedAt: Date | null;
  offboardedAt: Date | null;
  declinedAt: Date | null;
}

/**
 * When the consultant reached their stage, from the evidence the step recorded. Onboarding has no date of its own: it
 * begins with the first checklist item that has one, or at the approval when the buddy was named first. A date missing
 * (rows from before the step recorded it) falls back to the consultant's creation.
 */
export function consultantStageSince(consultant: ConsultantStageDates): Date {
  const since: Record<ConsultantStage, Date | null> = {
    CANDIDATE: consultant.createdAt,
    SKILLS_MATRIX_SUBMITTED: consultant.skillsSubmittedAt,
    VIDEO_REVIEWED: consultant.videoReviewedAt,
    CERTIFICATIONS_VERIFIED: consultant.certsVerifiedAt,
    DEEP_DIVE_PASSED: consultant.deepDiveAt,
    APPROVED: consultant.approvedAt,
    ONBOARDING: earliestOf(consultant.accessRequestedAt, consultant.timeLoggingSetAt) ?? consultant.approvedAt,
    ACTIVE: consultant.activatedAt,
    OFFBOARDED: consultant.offboardedAt,
    DECLINED: consultant.declinedAt,
  };
  return since[consultant.stage] ?? consultant.createdAt;
}

function earliestOf(...dates: (Date | null)[]): Date | null {
  const present = dates.filter((date): date is Date => date !== null);
  return present.length === 0 ? null : new Date(Math.min(...present.map((date) => date.getTime())));
}

/** Whole days since `since`, never negative. */
export function daysSince(since: Date, now: Date): number {
  return Math.max(0, differenceInCalendarDays(now, since));
}
