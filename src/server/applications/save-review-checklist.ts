import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockOpenApplicant, openApplicantReview } from "@/server/applications/lock-applicant";
import { PHD_CHECKLIST_POSITIONS } from "@/server/applications/rules";
import type { TSaveReviewChecklist } from "@/server/applications/schemas";

/**
 * Records the PHD's yes/no answers; each changed answer keeps who gave it and when. The first answers move the
 * application from submitted to in review.
 */
export async function saveReviewChecklist(user: SessionUser, input: TSaveReviewChecklist, context: { ip: string }): Promise<{ changed: number }> {
  return prisma.$transaction(async (tx) => {
    const partner = await lockOpenApplicant(tx, user, input.partnerId);
    const review = await openApplicantReview(tx, partner.id);
    const now = new Date();
    const changes: string[] = [];
    for (const item of review.items) {
      if (!PHD_CHECKLIST_POSITIONS.includes(item.position)) continue;
      const posted = input[`item_${item.position}`];
      const answer = posted === "yes" ? true : posted === "no" ? false : null;
      if (answer === null || answer === item.answer) continue;
      await tx.partnerReviewItem.update({ where: { id: item.id }, data: { answer, answeredById: user.id, answeredAt: now } });
      changes.push(`${item.position}: ${answer ? "yes" : "no"}`);
    }
    if (changes.length === 0) return { changed: 0 };
    await tx.partnerReview.update({ where: { id: review.id }, data: { reviewerId: review.reviewerId ?? user.id } });
    if (partner.status === "SUBMITTED") await tx.partner.update({ where: { id: partner.id }, data: { status: "IN_REVIEW" } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.review_checklist_saved",
      entityType: "Partner",
      entityId: partner.id,
      summary: `Checklist for ${partner.legalName}: ${changes.join(", ")}`,
      ip: context.ip,
    });
    return { changed: changes.length };
  });
}
