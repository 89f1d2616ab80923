import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { awardCaseTasks } from "@/server/certifications/award-tasks";

/**
 * One award case as its page shows it: the partner, the deadline, and each task that applies with who did it and
 * when. Null when the case's partner is outside the user's scope (another CAM's account, another region), so such a
 * case and a made-up id look the same. Two statements: the case with its partner, and the names of who did its tasks.
 */
export async function getAwardCase(user: SessionUser, caseId: string) {
  const awardCase = await prisma.awardCase.findFirst({
    where: { id: caseId, partner: partnerScope(user, "awards.read") },
    select: {
      id: true,
      kind: true,
      status: true,
      openedAt: true,
      dueAt: true,
      completedAt: true,
      overdueFlaggedAt: true,
      firstCompanyCertification: true,
      awardEmailSentAt: true,
      awardEmailSentById: true,
      profileUpdatedAt: true,
      profileUpdatedById: true,
      communityAccessGrantedAt: true,
      communityAccessGrantedById: true,
      cam: { select: { name: true, email: true } },
      partner: {
        select: {
          id: true,
          legalName: true,
          region: true,
          serviceCommunityAdminAt: true,
          users: { where: { role: "PARTNER_ADMIN", active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } },
        },
      },
    },
  });
  if (!awardCase) return null;
  const tasks = awardCaseTasks(awardCase);
  const doerIds = [...new Set(tasks.flatMap((task) => (task.doneById ? [task.doneById] : [])))];
  const doers = doerIds.length === 0 ? [] : await prisma.user.findMany({ where: { id: { in: doerIds } }, select: { id: true, name: true } });
  const names = new Map(doers.map((doer) => [doer.id, doer.name]));
  return { ...awardCase, tasks: tasks.map((task) => ({ ...task, doneBy: task.doneById ? (names.get(task.doneById) ?? "A former user") : null })) };
}

export type AwardCaseView = NonNullable<Awaited<ReturnType<typeof getAwardCase>>>;
