// Subcontracting's rules as pure functions (DOMAIN.md, "Subcontracting (Professional Services)"), unit-tested without
// a database: the Prime SOW lifecycle, the funds a work authorization draws, the hours a day holds, the replenishment
// line, the change-order pace and the consultant pipeline. Money is integer cents, time integer minutes.
import { differenceInCalendarDays } from "date-fns";
import { formatMoney } from "@/lib/format";
import type { ConsultantStage, InvoiceStatus, SowStatus, SubcontractRelationship, WorkAuthorizationStatus } from "@/generated/prisma/enums";

/** A Prime SOW's standard amount, and the amount of the new PO a replenishment alert asks for. */
export const STANDARD_SOW_AMOUNT_CENTS = 300_000_00;
/** When a SOW's remaining funds (amount − invoiced) fall to this, the coordinator asks for a new PO. */
export const REPLENISHMENT_LINE_CENTS = 60_000_00;
export const MINUTES_PER_DAY = 24 * 60;

/** The lifecycle in order; each step moves forward one, except the redline loop and the refill of an exhausted SOW. */
export const SOW_STATUSES = [
  "DRAFT",
  "SENT_TO_PARTNER",
  "REDLINES",
  "LEGAL_STAMP",
  "OUT_FOR_SIGNATURE",
  "EXECUTED",
  "PO_APPROVED",
  "ACTIVE",
  "EXHAUSTED",
] as const satisfies readonly SowStatus[];

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

function labelOf(status: SowStatus | WorkAuthorizationStatus | ConsultantStage): string {
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

// ── Agreements, Prime SOWs and work authorizations (the coordinator's side) ──

/** A SOW's number: the year it was drafted and its place among that year's SOWs, e.g. PS-2026-0001. */
export function sowNumber(year: number, sequence: number): string {
  return `PS-${year}-${String(sequence).padStart(4, "0")}`;
}

/** The sequence the number after `latest` (the year's highest so far, or null) takes. */
export function nextSowSequence(latest: string | null): number {
  const match = latest ? /^PS-\d{4}-(\d+)$/.exec(latest) : null;
  return match ? Number(match[1]) + 1 : 1;
}

/** Rates are agreed with the text: they may change until the SOW is executed, and are fixed from then on. */
export function canEditSowRates(status: SowStatus): boolean {
  return SOW_STATUSES.indexOf(status) < SOW_STATUSES.indexOf("EXECUTED");
}

/** The date column a move to `to` stamps, if any: when the SOW was sent, executed and its PO approved. */
export function sowTransitionTimestamp(to: SowStatus): "sentAt" | "executedAt" | "poApprovedAt" | null {
  if (to === "SENT_TO_PARTNER") return "sentAt";
  if (to === "EXECUTED") return "executedAt";
  if (to === "PO_APPROVED") return "poApprovedAt";
  return null;
}

/**
 * Why the coordinator cannot move the SOW from `from` to `to` by hand, or null. On top of the lifecycle's rules, an
 * exhausted SOW is refilled only by approving a replenishment PO, which adds the funds the move stands for.
 */
export function sowMoveBlocker(from: SowStatus, to: SowStatus, context: SowTransitionContext): string | null {
  if (from === "EXHAUSTED" && to === "ACTIVE") return "An exhausted SOW becomes active again when a replenishment PO is approved.";
  return sowTransitionBlocker(from, to, context);
}

export type WorkAuthorizationMove = "ACTIVATE" | "COMPLETE" | "CANCEL";

const WORK_AUTHORIZATION_MOVES: Record<WorkAuthorizationMove, { from: readonly WorkAuthorizationStatus[]; to: WorkAuthorizationStatus }> = {
  ACTIVATE: { from: ["DRAFT"], to: "ACTIVE" },
  COMPLETE: { from: ["ACTIVE"], to: "COMPLETED" },
  // A draft or a running project may be called off; a finished one stays as it was delivered.
  CANCEL: { from: ["DRAFT", "ACTIVE"], to: "CANCELLED" },
};

/** The status a move leads to, or why it cannot be made from `from`. */
export function workAuthorizationMove(from: WorkAuthorizationStatus, move: WorkAuthorizationMove): { to: WorkAuthorizationStatus } | { blocker: string } {
  const rule = WORK_AUTHORIZATION_MOVES[move];
  if (!rule.from.includes(from)) return { blocker: `A work authorization that is ${labelOf(from)} cannot be ${labelOf(rule.to)}.` };
  return { to: rule.to };
}

export function workAuthorizationMoves(from: WorkAuthorizationStatus): WorkAuthorizationMove[] {
  return (Object.keys(WORK_AUTHORIZATION_MOVES) as WorkAuthorizationMove[]).filter((move) => WORK_AUTHORIZATION_MOVES[move].from.includes(from));
}

// ── hours and invoices (billing) ──

/** The Monday that starts the week `date` falls in, as a UTC date: the hour grid shows one such week. */
export function weekStartOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, index) => new Date(monday.getTime() + index * 86_400_000));
}

/** A calendar day as the forms and URLs write it: "2026-12-07". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Why a consultant's day cannot hold `minutes` across all authorizations, or null when it can. */
export function dayLimitBlocker(day: Date, minutes: number): string | null {
  if (minutes <= MINUTES_PER_DAY) return null;
  const label = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" }).format(day);
  return `${label} would hold ${formatHours(minutes)} hours across all authorizations; a day holds at most 24.`;
}

/** Minutes as hours with up to two decimals: 450 → "7.5". */
export function formatHours(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/** Only a draft, or an invoice sent back to fix, takes new hours and expenses and can be submitted. */
export function invoiceEditBlocker(status: InvoiceStatus): string | null {
  switch (status) {
    case "DRAFT":
    case "REJECTED":
      return null;
    case "SUBMITTED":
      return "This invoice is submitted and waits for the coordinator's decision; it cannot change until it is decided.";
    default:
      return "This invoice is approved and cannot change.";
  }
}

/** Only a submitted invoice is decided; an approved one is final. */
export function invoiceDecisionBlocker(status: InvoiceStatus): string | null {
  if (status === "SUBMITTED") return null;
  if (status === "APPROVED" || status === "PAID") return "This invoice is approved and cannot change.";
  return `This invoice is ${status.toLowerCase()}: only a submitted invoice is approved or rejected.`;
}

/** "December 2026" for an invoice's month. */
export function formatMonth(month: Date): string {
  return new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(month);
}

// ── burn (the coordinator's home): the months a burn chart shows ──

/** One month of a burn chart: the hours logged, their value at the authorizations' rates, and what was invoiced. */
export interface BurnMonth {
  /** The month's first day, as an ISO date (yyyy-mm-01). */
  month: string;
  loggedMinutes: number;
  loggedValueCents: number;
  invoicedCents: number;
}

export const BURN_CHART_MONTHS = 12;

/** The first day of the earliest month a burn chart of `count` months ending with today's month shows. */
export function burnChartStart(today: Date, count = BURN_CHART_MONTHS): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (count - 1), 1));
}

/**
 * The `count` months ending with today's, oldest first, each with the sums of its rows (SowMonth rows, or their sums
 * per month): a month with no row shows as zero, so the chart's axis never skips one.
 */
export function burnMonths(
  rows: readonly { month: Date; loggedMinutes: number; loggedValueCents: number; invoicedCents: number }[],
  today: Date,
  count = BURN_CHART_MONTHS,
): BurnMonth[] {
  const start = burnChartStart(today, count);
  const months: BurnMonth[] = Array.from({ length: count }, (_, index) => ({
    month: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + index, 1)).toISOString().slice(0, 10),
    loggedMinutes: 0,
    loggedValueCents: 0,
    invoicedCents: 0,
  }));
  const byMonth = new Map(months.map((month) => [month.month, month]));
  for (const row of rows) {
    const month = byMonth.get(monthOf(row.month).toISOString().slice(0, 10));
    if (!month) continue;
    month.loggedMinutes += row.loggedMinutes;
    month.loggedValueCents += row.loggedValueCents;
    month.invoicedCents += row.invoicedCents;
  }
  return months;
}

// ── the consultant pipeline: the evidence each step records and where each stage began ──

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
