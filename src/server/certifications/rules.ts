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
