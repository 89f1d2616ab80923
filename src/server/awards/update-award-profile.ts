import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { lockAwardCase, recordAwardTask, refuseIfDone } from "@/server/awards/award-case-task";
import { COMPANY_CERTIFICATION_NAMES } from "@/server/awards/rules";
import type { TAwardCaseTask } from "@/server/awards/schemas";

/**
 * The PHD's task: the company certification goes on the partner's account (awarded) and its badge on the locator
 * (published from now on). A certification already recorded keeps its award date and is published.
 */
export async function updateAwardProfile(user: SessionUser, input: TAwardCaseTask, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const awardCase = await lockAwardCase(tx, user, "awards.updateProfile", input.caseId);
    refuseIfDone(awardCase.profileUpdatedAt, "The profile and the locator badge were updated");
    const now = new Date();
    await tx.companyCertification.upsert({
      where: { partnerId_kind: { partnerId: awardCase.partnerId, kind: awardCase.kind } },
      create: { partnerId: awardCase.partnerId, kind: awardCase.kind, awardedAt: now, publishedAt: now },
      update: { publishedAt: now },
    });
    const certificationName = COMPANY_CERTIFICATION_NAMES[awardCase.kind];
    const { completed } = await recordAwardTask(
      tx,
      user,
      awardCase,
      {
        data: { profileUpdatedAt: now, profileUpdatedById: user.id },
        action: "award_case.profile_updated",
        summary: `${certificationName} recorded on the profile of ${awardCase.partner.legalName}, badge published on the locator`,
      },
      { ip: context.ip, now },
    );
    return { caseId: awardCase.id, completed };
  });
}
