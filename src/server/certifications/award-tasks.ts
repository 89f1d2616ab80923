// The award process of a company certification (DOMAIN.md, "Certifications"; the handbook's award process): the CAM
// sends the award email, the PHD updates the profile and the locator badge and, on the partner's first company
// certification, grants Service Partner Community access once the email went out. The case closes when every task
// that applies is done.
import "server-only";
import type { AwardCaseStatus } from "@/generated/prisma/enums";

export type AwardTaskKey = "awardEmail" | "profile" | "communityAccess";

export interface AwardCaseTaskState {
  firstCompanyCertification: boolean;
  awardEmailSentAt: Date | null;
  awardEmailSentById: string | null;
  profileUpdatedAt: Date | null;
  profileUpdatedById: string | null;
  communityAccessGrantedAt: Date | null;
  communityAccessGrantedById: string | null;
}

export interface AwardTask {
  key: AwardTaskKey;
  owner: "CAM" | "PHD";
  title: string;
  doneAt: Date | null;
  doneById: string | null;
}

/** The tasks that apply to a case, in the handbook's order: community access only on a first company certification. */
export function awardCaseTasks(awardCase: AwardCaseTaskState): AwardTask[] {
  const tasks: AwardTask[] = [
    {
      key: "awardEmail",
      owner: "CAM",
      title: "Send the award email (congratulations, badge download, press-release offer, social kit) to the partner's admins",
      doneAt: awardCase.awardEmailSentAt,
      doneById: awardCase.awardEmailSentById,
    },
    {
      key: "profile",
      owner: "PHD",
      title: "Update the partner's profile with the certification and put the badge on the locator",
      doneAt: awardCase.profileUpdatedAt,
      doneById: awardCase.profileUpdatedById,
    },
  ];
  if (awardCase.firstCompanyCertification) {
    tasks.push({
      key: "communityAccess",
      owner: "PHD",
      title: "Grant the partner's admins Service Partner Community access (the first company certification), after the award email",
      doneAt: awardCase.communityAccessGrantedAt,
      doneById: awardCase.communityAccessGrantedById,
    });
  }
  return tasks;
}

/** Every task that applies is done: the case closes. */
export function allAwardTasksDone(awardCase: AwardCaseTaskState): boolean {
  return awardCaseTasks(awardCase).every((task) => task.doneAt !== null);
}

/** The status a case has once its tasks are as given: completed when all are done, else whether the email went out. */
export function awardCaseStatusFor(awardCase: AwardCaseTaskState): AwardCaseStatus {
  if (allAwardTasksDone(awardCase)) return "COMPLETED";
  return awardCase.awardEmailSentAt ? "EMAIL_SENT" : "OPEN";
}

/** The PHD's tasks still open on a case: the desk's home lists the cases waiting on it. */
export function phdTasksOpen(awardCase: AwardCaseTaskState): boolean {
  return awardCaseTasks(awardCase).some((task) => task.owner === "PHD" && task.doneAt === null);
}
