import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/** How many cases the desk's banner lists; the award case list has them all. */
export const DESK_CASES_SHOWN = 10;

/**
 * The award cases of the PHD's region (an admin's: all) with a Partner Help Desk task still open (the profile and badge,
 * or community access on a first certification), soonest due first, so the overdue ones lead. One statement.
 */
export async function listCasesWaitingOnDesk(user: SessionUser) {
  return prisma.awardCase.findMany({
    where: {
      status: { not: "COMPLETED" },
      partner: partnerScope(user, "awards.updateProfile"),
      OR: [{ profileUpdatedAt: null }, { firstCompanyCertification: true, communityAccessGrantedAt: null }],
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: DESK_CASES_SHOWN,
    select: {
      id: true,
      kind: true,
      dueAt: true,
      status: true,
      firstCompanyCertification: true,
      profileUpdatedAt: true,
      communityAccessGrantedAt: true,
      awardEmailSentAt: true,
      partner: { select: { legalName: true } },
    },
  });
}
