import { describe, expect, it } from "vitest";
import {
  canAssignConsultant,
  canDeclineConsultant,
  consultantStageSince,
  consultantStepBlocker,
  daysSince,
  missingConsultantCertifications,
  nextConsultantStage,
  offboardingComplete,
  onboardingComplete,
  type ConsultantStageDates,
} from "./rules";

// ── Consultant pipeline (sub-consultants) ──

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the consultant pipeline's steps", () => {
  it("lets each step run only from its own stage, and names the next step otherwise", () => {
    expect(consultantStepBlocker("CANDIDATE", ["CANDIDATE"])).toBeNull();
    expect(consultantStepBlocker("CANDIDATE", ["VIDEO_REVIEWED"])).toBe('This consultant is at "candidate": the next step is to submit the skills matrix.');
    expect(consultantStepBlocker("DEEP_DIVE_PASSED", ["CANDIDATE"])).toBe('This consultant is at "deep dive passed": the next step is to approve.');
    expect(consultantStepBlocker("ACTIVE", ["APPROVED", "ONBOARDING"])).toBe(
      'This consultant is at "active on projects": the next step is to complete the offboarding checklist.',
    );
    expect(consultantStepBlocker("DECLINED", ["CANDIDATE"])).toMatch(/declined/);
    expect(consultantStepBlocker("OFFBOARDED", ["ACTIVE"])).toMatch(/offboarded/);
  });

  it("moves forward one stage at a time; only approved consultants are assigned; declining ends before approval", () => {
    expect(nextConsultantStage("CANDIDATE")).toBe("SKILLS_MATRIX_SUBMITTED");
    expect(nextConsultantStage("OFFBOARDED")).toBeNull();
    expect(nextConsultantStage("DECLINED")).toBeNull();
    expect(["APPROVED", "ONBOARDING", "ACTIVE"].every((stage) => canAssignConsultant(stage as never))).toBe(true);
    expect(["CANDIDATE", "DEEP_DIVE_PASSED", "OFFBOARDED", "DECLINED"].some((stage) => canAssignConsultant(stage as never))).toBe(false);
    expect(canDeclineConsultant("DEEP_DIVE_PASSED")).toBe(true);
    expect(canDeclineConsultant("APPROVED")).toBe(false);
    expect(canDeclineConsultant("DECLINED")).toBe(false);
  });
});

describe("missingConsultantCertifications", () => {
  const today = day("2026-12-03");
  it("needs Migration and PM, each unexpired", () => {
    expect(missingConsultantCertifications([], today)).toEqual(["MIGRATION", "PM"]);
    expect(
      missingConsultantCertifications(
        [
          { code: "MIGRATION", expiresAt: null },
          { code: "PM", expiresAt: day("2026-12-03") },
        ],
        today,
      ),
    ).toEqual(["PM"]);
    expect(
      missingConsultantCertifications(
        [
          { code: "PM", expiresAt: day("2026-12-03") },
          { code: "PM", expiresAt: day("2027-01-01") },
          { code: "MIGRATION", expiresAt: day("2028-01-01") },
          { code: "CICD", expiresAt: null },
        ],
        today,
      ),
    ).toEqual([]);
  });
});

describe("the checklists", () => {
  it("onboarding is complete with the access request, a buddy and time logging", () => {
    const done = { accessRequestedAt: day("2026-12-01"), onboardingBuddy: "Sam Buddy", timeLoggingSetAt: day("2026-12-02") };
    expect(onboardingComplete(done)).toBe(true);
    expect(onboardingComplete({ ...done, onboardingBuddy: "" })).toBe(false);
    expect(onboardingComplete({ ...done, timeLoggingSetAt: null })).toBe(false);
  });

  it("offboarding is complete with the retro, the access removed and the other assignments checked", () => {
    const done = { retroAt: day("2026-12-01"), accessRemovedAt: day("2026-12-01"), otherProjectsCheckedAt: day("2026-12-01") };
    expect(offboardingComplete(done)).toBe(true);
    expect(offboardingComplete({ ...done, otherProjectsCheckedAt: null })).toBe(false);
  });
});

describe("consultantStageSince", () => {
  const base: ConsultantStageDates = {
    stage: "CANDIDATE",
    createdAt: day("2026-11-01"),
    skillsSubmittedAt: day("2026-11-02"),
    videoReviewedAt: null,
    certsVerifiedAt: null,
    deepDiveAt: null,
    approvedAt: day("2026-11-10"),
    accessRequestedAt: null,
    onboardingBuddy: null,
    timeLoggingSetAt: null,
    activatedAt: null,
    offboardedAt: null,
    declinedAt: null,
  };
  it("reads the date the stage's step recorded", () => {
    expect(consultantStageSince(base)).toEqual(day("2026-11-01"));
    expect(consultantStageSince({ ...base, stage: "SKILLS_MATRIX_SUBMITTED" })).toEqual(day("2026-11-02"));
    expect(consultantStageSince({ ...base, stage: "APPROVED" })).toEqual(day("2026-11-10"));
  });

  it("starts onboarding at its first dated item, or at the approval; a missing date falls back to the creation", () => {
    expect(consultantStageSince({ ...base, stage: "ONBOARDING", onboardingBuddy: "Sam" })).toEqual(day("2026-11-10"));
    expect(consultantStageSince({ ...base, stage: "ONBOARDING", accessRequestedAt: day("2026-11-14"), timeLoggingSetAt: day("2026-11-12") })).toEqual(
      day("2026-11-12"),
    );
    expect(consultantStageSince({ ...base, stage: "VIDEO_REVIEWED" })).toEqual(day("2026-11-01"));
  });

  it("counts whole days, never negative", () => {
    expect(daysSince(day("2026-11-01"), day("2026-11-11"))).toBe(10);
    expect(daysSince(day("2026-11-12"), day("2026-11-11"))).toBe(0);
  });
});
