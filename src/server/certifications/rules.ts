// Company certification awards (DOMAIN.md, "Certifications"): the CAM has 7 calendar days to send the award.
import "server-only";
import { addDays } from "date-fns";

export const AWARD_CASE_DAYS = 7;

export function awardCaseDueAt(openedAt: Date): Date {
  return addDays(openedAt, AWARD_CASE_DAYS);
}

export function isAwardCaseOverdue(awardCase: { status: string; dueAt: Date }, now: Date): boolean {
  return awardCase.status !== "COMPLETED" && awardCase.dueAt.getTime() < now.getTime();
}

/**
 * A step counts toward a certification once it is recorded, except a self-recorded exam, which counts once Education
 * Services has verified its certificate.
 */
export function isStepComplete(step: { step: string; source: string; verifiedAt: Date | null }): boolean {
  return !(step.step === "EXAM" && step.source === "SELF_RECORDED" && step.verifiedAt === null);
}

type StepKindName = "TRAINING" | "LAB" | "EXAM";

interface StepRow {
  id: string;
  step: StepKindName;
  score: number | null;
  completedAt: Date;
  source: string;
  verifiedAt: Date | null;
  certificateFileId: string | null;
  certification: { id: string; code: string; name: string };
}

interface EarnedRow {
  id: string;
  score: number;
  issuedAt: Date;
  expiresAt: Date | null;
  badgeToken: string | null;
  certification: { id: string; code: string; name: string };
}

export type StepState = "DONE" | "AWAITING_VERIFICATION" | "TO_DO";

export interface PersonCertification {
  certificationId: string;
  code: string;
  name: string;
  status: "PASSED" | "IN_PROGRESS" | "EXPIRED";
  /** Passed and expired: the latest certification. */
  earned: { score: number; issuedAt: Date; expiresAt: Date | null; badgeToken: string | null } | null;
  /** In progress: each step's state, in order. */
  steps: { step: StepKindName; state: StepState; completedAt: Date | null; score: number | null; certificateFileId: string | null }[];
  stepsDone: number;
}

const STEP_ORDER: StepKindName[] = ["TRAINING", "LAB", "EXAM"];

/**
 * One person's certifications for the partner page: passed (the latest one still valid), in progress (steps recorded
 * that no valid certification covers yet, with each step's state), or expired (the latest lapsed with no new steps).
 */
export function summarizePersonCertifications(steps: StepRow[], earned: EarnedRow[], now: Date): PersonCertification[] {
  const ids = new Map<string, { code: string; name: string }>();
  for (const row of [...steps, ...earned]) ids.set(row.certification.id, row.certification);
  const summaries: PersonCertification[] = [];
  for (const [certificationId, certification] of ids) {
    const latest = earned.filter((row) => row.certification.id === certificationId).sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())[0];
    const own = steps.filter((row) => row.certification.id === certificationId);
    const valid = latest && (latest.expiresAt === null || latest.expiresAt.getTime() > now.getTime());
    // Steps completed after the latest certification was issued are a renewal (or a first attempt) in progress.
    const pending = own.filter((row) => !latest || row.completedAt.getTime() > latest.issuedAt.getTime() || !isStepComplete(row));
    const stepStates = STEP_ORDER.map((kind) => {
      const row = pending.find((candidate) => candidate.step === kind);
      const state: StepState = !row ? "TO_DO" : isStepComplete(row) ? "DONE" : "AWAITING_VERIFICATION";
      return { step: kind, state, completedAt: row?.completedAt ?? null, score: row?.score ?? null, certificateFileId: row?.certificateFileId ?? null };
    });
    const earnedView = latest ? { score: latest.score, issuedAt: latest.issuedAt, expiresAt: latest.expiresAt, badgeToken: latest.badgeToken } : null;
    const base = {
      certificationId,
      code: certification.code,
      name: certification.name,
      earned: earnedView,
      steps: stepStates,
      stepsDone: stepStates.filter((s) => s.state === "DONE").length,
    };
    if (valid) summaries.push({ ...base, status: "PASSED" });
    else if (pending.length > 0) summaries.push({ ...base, status: "IN_PROGRESS" });
    else summaries.push({ ...base, status: "EXPIRED" });
  }
  const order = { IN_PROGRESS: 0, PASSED: 1, EXPIRED: 2 };
  return summaries.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
}
