import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { lockAwardCase, recordAwardTask, refuseIfDone } from "@/server/awards/award-case-task";
import type { TAwardCaseTask } from "@/server/awards/schemas";

/**
 * The PHD's task on a partner's first company certification: Service Partner Community admin access, granted only
 * after the CAM's award email told the partner (the handbook's order). Any other case has no such task.
 */
export async function grantCommunityAccess(user: SessionUser, input: TAwardCaseTask, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const awardCase = await lockAwardCase(tx, user, "awards.updateProfile", input.caseId);
    if (!awardCase.firstCompanyCertification) {
      throw new AppError("CONFLICT", {
        field: "caseId",
        message: `${awardCase.partner.legalName} already holds a company certification: community access comes with the first one only.`,
      });
    }
    refuseIfDone(awardCase.communityAccessGrantedAt, "Service Partner Community access was granted");
    if (!awardCase.awardEmailSentAt) {
      throw new AppError("CONFLICT", {
        field: "caseId",
        message: "Grant community access after the CAM has sent the award email: the partner hears of the certification first.",
      });
    }
    const now = new Date();
    // The first grant stands: a partner who had access already keeps its date.
    await tx.partner.updateMany({ where: { id: awardCase.partnerId, serviceCommunityAdminAt: null }, data: { serviceCommunityAdminAt: now } });
    const { completed } = await recordAwardTask(
      tx,
      user,
      awardCase,
      {
        data: { communityAccessGrantedAt: now, communityAccessGrantedById: user.id },
        action: "award_case.community_access_granted",
        summary: `Service Partner Community admin access granted to ${awardCase.partner.legalName}`,
      },
      { ip: context.ip, now },
    );
    return { caseId: awardCase.id, completed };
  });
}
