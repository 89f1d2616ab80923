import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { appendNote, reviewNoteLine } from "@/server/applications/rules";
import { markApplicationNoticesRead } from "@/server/notifications/mark-application-notices-read";

/**
 * Closes an applicant review either way. DOMAIN.md: finishing any review sets Last PHD review and appends to the
 * account notes; the decision itself (status and what goes with it) comes in `decision`.
 */
export async function recordApplicationDecision(
  tx: Tx,
  input: {
    user: SessionUser;
    partner: { id: string; accountNotes: string };
    review: { id: string; reviewerId: string | null };
    decision: Prisma.PartnerUpdateInput & { status: "AUTHORIZED" | "DENIED" };
    outcome: string;
    at: Date;
  },
): Promise<void> {
  const { user, partner, review, decision, outcome, at } = input;
  await tx.partner.update({
    where: { id: partner.id },
    data: { ...decision, decidedAt: at, lastPhdReviewAt: at, accountNotes: appendNote(partner.accountNotes, reviewNoteLine(at, user.name, outcome)) },
  });
  await tx.partnerReview.update({ where: { id: review.id }, data: { completedAt: at, reviewerId: review.reviewerId ?? user.id } });
  await markApplicationNoticesRead(tx, partner.id, at);
}
