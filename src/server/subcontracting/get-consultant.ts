import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { requiredCertificationsSelect, requiredCertificationsWhere } from "@/server/subcontracting/consultant-certifications";
import { REQUIRED_CONSULTANT_CERTIFICATION_CODES } from "@/server/subcontracting/rules";

/**
 * One consultant as their page shows them: each stage's evidence, the required certifications their portal account
 * holds, their assignments, the partner's active work authorizations they can be put on, and the names of the staff
 * who took each step. Null when out of the coordinator's scope, so it looks the same as a consultant who does not exist.
 */
export async function getConsultant(user: SessionUser, consultantId: string) {
  const now = new Date();
  const consultant = await prisma.consultant.findFirst({
    where: { id: consultantId, partner: partnerScope(user, "consultants.manage") },
    select: {
      id: true,
      name: true,
      email: true,
      stage: true,
      createdAt: true,
      skillsMatrix: true,
      skillsSubmittedAt: true,
      videoUrl: true,
      videoReview: true,
      videoReviewedAt: true,
      videoReviewedById: true,
      certsVerifiedAt: true,
      certsVerifiedById: true,
      deepDiveAt: true,
      deepDiveMinutes: true,
      deepDiveResult: true,
      deepDiveById: true,
      approvedAt: true,
      approvedById: true,
      declinedAt: true,
      declinedReason: true,
      onboardingBuddy: true,
      accessRequestedAt: true,
      timeLoggingSetAt: true,
      activatedAt: true,
      retroNotes: true,
      retroAt: true,
      accessRemovedAt: true,
      otherProjectsCheckedAt: true,
      offboardedAt: true,
      partner: { select: { id: true, legalName: true } },
      user: {
        select: {
          name: true,
          email: true,
          earnedCertifications: { where: requiredCertificationsWhere(now), orderBy: { issuedAt: "desc" }, select: requiredCertificationsSelect },
        },
      },
      assignments: {
        orderBy: { assignedAt: "desc" },
        select: {
          assignedAt: true,
          workAuthorization: {
            select: { id: true, projectName: true, status: true, startsOn: true, endsOn: true, sow: { select: { id: true, number: true } } },
          },
        },
      },
    },
  });
  if (!consultant) return null;
  const staffIds = [consultant.videoReviewedById, consultant.certsVerifiedById, consultant.deepDiveById, consultant.approvedById].filter(
    (id): id is string => id !== null,
  );
  const [staff, openWorkAuthorizations] = await Promise.all([
    staffIds.length > 0 ? prisma.user.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } }) : [],
    prisma.workAuthorization.findMany({
      where: { status: "ACTIVE", sow: { partnerId: consultant.partner.id }, consultants: { none: { consultantId: consultant.id } } },
      orderBy: [{ projectName: "asc" }, { id: "asc" }],
      // A partner has a handful at a time; the bound keeps the choice usable at the large seed.
      take: 100,
      select: { id: true, projectName: true, sow: { select: { number: true } } },
    }),
  ]);
  const nameOf = (id: string | null) => staff.find((person) => person.id === id)?.name ?? null;
  const held = consultant.user?.earnedCertifications ?? [];
  return {
    ...consultant,
    staffNames: {
      videoReviewedBy: nameOf(consultant.videoReviewedById),
      certsVerifiedBy: nameOf(consultant.certsVerifiedById),
      deepDiveBy: nameOf(consultant.deepDiveById),
      approvedBy: nameOf(consultant.approvedById),
    },
    // Each required certification, with the most recent unexpired record of it when the account holds one.
    requiredCertifications: REQUIRED_CONSULTANT_CERTIFICATION_CODES.map((code) => ({
      code,
      earned: held.find((earned) => earned.certification.code === code) ?? null,
    })),
    openWorkAuthorizations,
  };
}

export type ConsultantRecord = NonNullable<Awaited<ReturnType<typeof getConsultant>>>;
