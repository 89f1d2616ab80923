import "server-only";
import { prisma } from "@/server/db";
import { can, partnerScope, type SessionUser } from "@/server/auth/policy";
import { readProgramSetting } from "@/server/settings/program-settings";
import { loadNfrEvidence } from "@/server/nfr/load-nfr-evidence";
import { approvalBlocker, calendarToday, isNfrRequestOpen, nfrEligibility, nfrLicenseExpiry, nfrLicenseNotes } from "@/server/nfr/rules";

/**
 * One NFR request as its page shows it, in the user's nfr.read scope (the partner's users, its CAM, the region's desk,
 * an admin); null when absent or out of scope. While it is open, a user who decides requests also gets the review:
 * each eligibility check with its evidence, why approval is refused if it is, and the license approval would create.
 * Three statements: the request, then the evidence and the cap setting side by side.
 */
export async function getNfrRequest(user: SessionUser, requestId: string) {
  const request = await prisma.nfrRequest.findFirst({
    where: { id: requestId, partner: partnerScope(user, "nfr.read") },
    select: {
      id: true,
      partnerId: true,
      status: true,
      createdAt: true,
      contactName: true,
      contactEmail: true,
      usersCount: true,
      plan: true,
      isRenewal: true,
      renewsLicenseId: true,
      justification: true,
      infoRequest: true,
      infoRequestedAt: true,
      infoResponse: true,
      infoAnsweredAt: true,
      rejectionReason: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
      requestedBy: { select: { name: true } },
      partner: { select: { legalName: true, tier: true, camOwner: { select: { name: true, email: true, active: true } } } },
      renewsLicense: { select: { id: true, referenceNumber: true, expiresOn: true, status: true } },
      license: { select: { id: true, referenceNumber: true, expiresOn: true, status: true } },
    },
  });
  if (!request) return null;
  if (!can(user, "nfr.process") || !isNfrRequestOpen(request.status)) return { request, review: null };

  const now = new Date();
  const today = calendarToday(now);
  const [partner, capMode] = await Promise.all([loadNfrEvidence(prisma, request.partnerId, now, today), readProgramSetting(prisma, "nfrCapMode")]);
  const eligibility = nfrEligibility({
    partnerStatus: partner.status,
    tier: partner.tier,
    capMode,
    held: partner.nfrLicenses,
    certifiedEmployees: partner._count.earnedCertifications,
    request,
  });
  // As approval computes them: a renewal's own license is being replaced, so the others set the shared expiry date.
  const othersHeld = partner.nfrLicenses.filter((license) => license.id !== request.renewsLicenseId);
  return {
    request,
    review: {
      partner,
      eligibility,
      blocker: approvalBlocker(eligibility, partner.tier),
      preview: {
        startsOn: today,
        expiresOn: nfrLicenseExpiry(today, request.isRenewal, othersHeld),
        joinsHeldExpiry: !request.isRenewal && othersHeld.length > 0,
        notes: nfrLicenseNotes(request.usersCount, request.plan, partner.legalName),
      },
    },
  };
}

export type NfrRequestPage = NonNullable<Awaited<ReturnType<typeof getNfrRequest>>>;
