import { describe, expect, it } from "vitest";
import { AWARD_CASE_DAYS, awardCaseDueAt, isAwardCaseOverdue } from "./rules";

describe("award cases", () => {
  it(`are due ${AWARD_CASE_DAYS} calendar days after they open`, () => {
    expect(awardCaseDueAt(new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });

  const dueAt = new Date("2026-11-30T10:00:00Z");
  it.each([
    { status: "OPEN", now: "2026-11-30T09:59:59Z", overdue: false },
    { status: "OPEN", now: "2026-11-30T10:00:01Z", overdue: true },
    { status: "EMAIL_SENT", now: "2026-12-05T00:00:00Z", overdue: true },
    { status: "COMPLETED", now: "2026-12-05T00:00:00Z", overdue: false },
  ])("$status at $now → overdue $overdue", ({ status, now, overdue }) => {
    expect(isAwardCaseOverdue({ status, dueAt }, new Date(now))).toBe(overdue);
  });
});
