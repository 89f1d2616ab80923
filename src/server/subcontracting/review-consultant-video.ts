import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import type { TReviewConsultantVideo } from "@/server/subcontracting/schemas";

/** The soft-skills video's link and the coordinator's review: the candidate moves on to the certification check. */
export async function reviewConsultantVideo(user: SessionUser, input: TReviewConsultantVideo, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["SKILLS_MATRIX_SUBMITTED"]);
    await tx.consultant.update({
      where: { id: consultant.id },
      data: { stage: "VIDEO_REVIEWED", videoUrl: input.videoUrl, videoReview: input.videoReview, videoReviewedAt: new Date(), videoReviewedById: user.id },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.stage_changed",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Soft-skills video of ${consultant.name} reviewed`,
      changes: { stage: { from: consultant.stage, to: "VIDEO_REVIEWED" }, videoUrl: input.videoUrl, videoReview: input.videoReview },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
