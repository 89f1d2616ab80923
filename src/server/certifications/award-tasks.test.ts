import { describe, expect, it } from "vitest";
import { allAwardTasksDone, awardCaseStatusFor, awardCaseTasks, phdTasksOpen, type AwardCaseTaskState } from "./award-tasks";

const at = new Date("2026-12-01T10:00:00Z");
const open: AwardCaseTaskState = {
  firstCompanyCertification: false,
  awardEmailSentAt: null,
  awardEmailSentById: null,
  profileUpdatedAt: null,
  profileUpdatedById: null,
  communityAccessGrantedAt: null,
  communityAccessGrantedById: null,
};

describe("award case tasks", () => {
  it("are the email and the profile, plus community access on a first company certification", () => {
    expect(awardCaseTasks(open).map((task) => task.key)).toEqual(["awardEmail", "profile"]);
    expect(awardCaseTasks({ ...open, firstCompanyCertification: true }).map((task) => `${task.owner}:${task.key}`)).toEqual([
      "CAM:awardEmail",
      "PHD:profile",
      "PHD:communityAccess",
    ]);
  });

  it.each([
    { state: open, status: "OPEN", done: false, phd: true },
    { state: { ...open, awardEmailSentAt: at }, status: "EMAIL_SENT", done: false, phd: true },
    { state: { ...open, profileUpdatedAt: at }, status: "OPEN", done: false, phd: false },
    { state: { ...open, awardEmailSentAt: at, profileUpdatedAt: at }, status: "COMPLETED", done: true, phd: false },
    { state: { ...open, firstCompanyCertification: true, awardEmailSentAt: at, profileUpdatedAt: at }, status: "EMAIL_SENT", done: false, phd: true },
    {
      state: { ...open, firstCompanyCertification: true, awardEmailSentAt: at, profileUpdatedAt: at, communityAccessGrantedAt: at },
      status: "COMPLETED",
      done: true,
      phd: false,
    },
  ])("$status when done is $done", ({ state, status, done, phd }) => {
    expect(awardCaseStatusFor(state)).toBe(status);
    expect(allAwardTasksDone(state)).toBe(done);
    expect(phdTasksOpen(state)).toBe(phd);
  });
});
