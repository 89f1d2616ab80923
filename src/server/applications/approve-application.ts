import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { appUrl } from "@/server/app-url";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { humanize } from "@/lib/humanize";
import { lockOpenApplicant, openApplicantReview } from "@/server/applications/lock-applicant";
import { APPROVAL_CHECKLIST_POSITIONS, approvalBlocker, contractSignedAt } from "@/server/applications/rules";
import { ACCEPTANCE_FACTS, applicantAgreementStandings, LEGAL_REQUEST_FACTS } from "@/server/applications/applicant-agreements";
import { recordApplicationDecision } from "@/server/applications/record-application-decision";
import { findPrimaryContact } from "@/server/partners/primary-contact";
import type { TApproveApplication } from "@/server/applications/schemas";
import { notifyAccountAssigned } from "@/server/partners/notify-account-assigned";

/**
 * Makes the applicant an Authorized partner: its primary contact becomes the partner admin, the region's CAM (or
 * the one the PHD chose) owns the account, the welcome email and the CAM's notice go out, and the review closes.
 * The agreements and the CRM id are read here, under the partner's lock, not taken from the page: an agreement
 * accepted or a legal request resolved in another browser since the page loaded counts, and one reopened does not.
 */
export async function approveApplication(user: SessionUser, input: TApproveApplication, context: { ip: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const partner = await lockOpenApplicant(tx, user, input.partnerId);
    const review = await openApplicantReview(tx, partner.id);
    const [agreementAcceptances, legalRequests] = await Promise.all([
      tx.agreementAcceptance.findMany({ where: { partnerId: partner.id }, select: ACCEPTANCE_FACTS }),
      tx.legalRequest.findMany({ where: { partnerId: partner.id }, select: LEGAL_REQUEST_FACTS }),
    ]);
    const agreements = applicantAgreementStandings({ ...partner, agreementAcceptances, legalRequests });
    const blocker = approvalBlocker({ items: review.items, agreements, crmId: partner.crmId });
    if (blocker) throw new AppError("VALIDATION", { message: blocker });

    // The CAM the PHD chose, else the region's CAM with the fewest accounts, so new partners spread across the team.
    const cam = await tx.user.findFirst({
      where: partner.camOwnerId ? { id: partner.camOwnerId, role: "CAM", active: true } : { role: "CAM", region: partner.region, active: true },
      orderBy: [{ ownedPartners: { _count: "asc" } }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true },
    });
    if (!cam) {
      throw new AppError("VALIDATION", {
        message: `No active Channel Account Manager covers ${humanize(partner.region)}: choose one under Account before approving.`,
      });
    }
    const contact = await findPrimaryContact(tx, partner.id);
    if (!contact) throw new AppError("CONFLICT", { message: "This applicant has no primary contact to make its admin." });

    const now = new Date();
    await tx.user.update({ where: { id: contact.id }, data: { role: "PARTNER_ADMIN" } });
    await tx.partnerReviewItem.updateMany({
      where: { reviewId: review.id, position: { in: [...APPROVAL_CHECKLIST_POSITIONS] } },
      data: { answer: true, answeredById: user.id, answeredAt: now },
    });
    await recordApplicationDecision(tx, {
      user,
      partner,
      review,
      decision: { status: "AUTHORIZED", camOwner: { connect: { id: cam.id } }, contractSignedAt: partner.contractSignedAt ?? contractSignedAt(agreements) },
      outcome: `approved; ${cam.name} owns the account`,
      at: now,
    });

    await enqueueEmail(tx, {
      to: contact.email,
      template: "partnerWelcome",
      data: { name: contact.name, companyName: partner.legalName, signInUrl: appUrl("/login"), camName: cam.name, camEmail: cam.email },
    });
    await enqueueEmail(tx, {
      to: cam.email,
      template: "newPartnerCamNotice",
      data: {
        camName: cam.name,
        companyName: partner.legalName,
        region: humanize(partner.region),
        tracks: partner.tracks.map(humanize),
        partnerUrl: appUrl(`/accounts/${partner.id}`),
      },
    });
    await notifyAccountAssigned(tx, { camId: cam.id, partner });
    await recordAuditEvent(tx, {
      actor: user,
      action: "partner.approved",
      entityType: "Partner",
      entityId: partner.id,
      summary: `${partner.legalName} approved: Authorized, ${contact.email} is its admin, ${cam.name} owns the account`,
      ip: context.ip,
    });
  });
}
