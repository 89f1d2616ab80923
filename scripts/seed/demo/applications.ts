// Applicant reviews under way in the PHD queue.
import { faker } from "@faker-js/faker";
import { addDays, addHours } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import { PHD_CHECKLIST_POSITIONS } from "@/server/applications/rules";
import { type SeedContext, type SeedPartner, type Staff, earliest, newId } from "./shared";

// Every waiting applicant has its review, as submission opens one; those in review have a PHD's checklist under way,
// the first few items answered. Without a review a seeded applicant could be neither approved nor denied.
export async function seedApplicantReviews(ctx: SeedContext, staff: Staff, partners: SeedPartner[]): Promise<void> {
  const reviews: Prisma.PartnerReviewCreateManyInput[] = [];
  const items: Prisma.PartnerReviewItemCreateManyInput[] = [];
  for (const partner of partners.filter((p) => p.status === "SUBMITTED" || p.status === "IN_REVIEW")) {
    const inReview = partner.status === "IN_REVIEW";
    const reviewer = staff.phds[partner.phdRegion];
    const startedAt = earliest(addDays(partner.submittedAt, 2), ctx.now);
    const reviewId = newId();
    // The PHD answers their items first; the four that approval does stay open until then.
    const answeredPositions = new Set(inReview ? PHD_CHECKLIST_POSITIONS.slice(0, faker.number.int({ min: 2, max: 4 })) : []);
    reviews.push({
      id: reviewId,
      partnerId: partner.id,
      kind: "APPLICANT",
      reviewerId: inReview ? reviewer.id : null,
      startedAt: inReview ? startedAt : partner.submittedAt,
    });
    for (let position = 1; position <= 10; position++) {
      const done = answeredPositions.has(position);
      items.push({
        reviewId,
        position,
        answer: done ? true : null,
        answeredById: done ? reviewer.id : null,
        answeredAt: done ? addHours(startedAt, position) : null,
      });
    }
  }
  await ctx.tx.partnerReview.createMany({ data: reviews });
  await ctx.tx.partnerReviewItem.createMany({ data: items });
}
