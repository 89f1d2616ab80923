import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { lockPartnerInScope } from "@/server/partners/lock-partner";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * Locks an applicant the reviewer may see, for the rest of the transaction, and returns it. Two PHDs deciding the
 * same application at once are serialized here, so the second sees the first's decision instead of overwriting it.
 */
export async function lockOpenApplicant(tx: Tx, user: SessionUser, partnerId: string) {
  const scope = partnerScope(user, "applicants.review");
  await lockPartnerInScope(tx, scope, partnerId);
  const partner = await tx.partner.findFirst({
    where: { AND: [scope, { id: partnerId }] },
    select: { id: true, legalName: true, status: true, region: true, tracks: true, camOwnerId: true, crmId: true, accountNotes: true, contractSignedAt: true },
  });
  if (!partner) throw new AppError("NOT_FOUND");
  if (partner.status !== "SUBMITTED" && partner.status !== "IN_REVIEW") {
    throw new AppError("CONFLICT", {
      message: `This application was already decided: the partner is ${partner.status === "AUTHORIZED" ? "authorized" : "denied"}.`,
    });
  }
  return partner;
}

/** The applicant's open review; submission creates it with its ten items. */
export async function openApplicantReview(tx: Tx, partnerId: string) {
  const review = await tx.partnerReview.findFirst({
    where: { partnerId, kind: "APPLICANT", completedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, reviewerId: true, items: { select: { id: true, position: true, answer: true } } },
  });
  if (!review) throw new AppError("NOT_FOUND", { message: "This applicant has no open review." });
  return review;
}
