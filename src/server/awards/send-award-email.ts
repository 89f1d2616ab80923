import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { appUrl } from "@/server/app-url";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { lockAwardCase, recordAwardTask, refuseIfDone } from "@/server/awards/award-case-task";
import { COMPANY_BADGE_PATHS, COMPANY_CERTIFICATION_NAMES, SOCIAL_KIT_PATH } from "@/server/awards/rules";
import type { TAwardCaseTask } from "@/server/awards/schemas";

/**
 * The CAM's task: the award email (congratulations, badge download, press-release offer, social kit) to each of the
 * partner's active admins, through the outbox in the same transaction that records who sent it and when.
 */
export async function sendAwardEmail(user: SessionUser, input: TAwardCaseTask, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const awardCase = await lockAwardCase(tx, user, "awards.sendEmail", input.caseId);
    refuseIfDone(awardCase.awardEmailSentAt, "The award email was sent");
    const { partner } = awardCase;
    if (partner.users.length === 0) {
      throw new AppError("CONFLICT", {
        field: "caseId",
        message: `${partner.legalName} has no active partner admin to send the award email to. Ask the partner to name one first.`,
      });
    }
    const certificationName = COMPANY_CERTIFICATION_NAMES[awardCase.kind];
    // The reply goes to the account's CAM (or whoever sends it, when the account has none).
    const cam = partner.camOwner ?? { name: user.name, email: user.email };
    for (const admin of partner.users) {
      await enqueueEmail(tx, {
        to: admin.email,
        template: "awardEmail",
        data: {
          name: admin.name,
          companyName: partner.legalName,
          certificationName,
          badgeUrl: appUrl(COMPANY_BADGE_PATHS[awardCase.kind]),
          socialKitUrl: appUrl(SOCIAL_KIT_PATH),
          camName: cam.name,
          camEmail: cam.email,
          url: appUrl("/partner"),
        },
      });
    }
    const now = new Date();
    const recipients = partner.users.map((admin) => admin.email).join(", ");
    const { completed } = await recordAwardTask(
      tx,
      user,
      awardCase,
      {
        data: { awardEmailSentAt: now, awardEmailSentById: user.id },
        action: "award_case.email_sent",
        summary: `${certificationName} award email sent to ${partner.legalName} (${recipients})`,
      },
      { ip: context.ip, now },
    );
    return { caseId: awardCase.id, recipients: partner.users.length, completed };
  });
}
