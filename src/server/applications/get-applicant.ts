import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { listRecordHistory } from "@/server/audit/list-record-history";

/**
 * One applicant as the review page shows it: company, primary contact, agreements, checklist and history. Null when
 * there is none in the reviewer's scope, so another region's applicant and a made-up id look the same.
 */
export async function getApplicant(user: SessionUser, partnerId: string) {
  const partner = await prisma.partner.findFirst({
    where: { AND: [partnerScope(user, "applicants.review"), { id: partnerId }] },
    select: {
      id: true,
      legalName: true,
      website: true,
      country: true,
      region: true,
      phdRegion: true,
      size: true,
      tier: true,
      tracks: true,
      status: true,
      workPlan: true,
      crmId: true,
      camOwnerId: true,
      submittedAt: true,
      decidedAt: true,
      denialReason: true,
      contractSignedAt: true,
      lastPhdReviewAt: true,
      accountNotes: true,
      users: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { id: true, name: true, email: true, phone: true, title: true, role: true, emailVerifiedAt: true },
      },
      agreementAcceptances: {
        orderBy: { acceptedAt: "asc" },
        select: {
          id: true,
          acceptedAt: true,
          ip: true,
          method: true,
          version: { select: { version: true, template: { select: { name: true, kind: true } } } },
        },
      },
      legalRequests: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          reason: true,
          createdAt: true,
          version: { select: { version: true, template: { select: { name: true, kind: true } } } },
        },
      },
      reviews: {
        where: { kind: "APPLICANT" },
        orderBy: { startedAt: "desc" },
        take: 1,
        select: {
          id: true,
          completedAt: true,
          reviewer: { select: { name: true } },
          items: { orderBy: { position: "asc" }, select: { position: true, answer: true, answeredAt: true, answeredBy: { select: { name: true } } } },
        },
      },
    },
  });
  if (!partner) return null;
  const [cams, history] = await Promise.all([
    prisma.user.findMany({
      where: { role: "CAM", active: true },
      select: { id: true, name: true, region: true },
      orderBy: [{ region: "asc" }, { name: "asc" }],
    }),
    listRecordHistory("Partner", partner.id),
  ]);
  const { users, reviews, ...rest } = partner;
  return { partner: rest, contact: users[0] ?? null, review: reviews[0] ?? null, requiredAgreements: requiredAgreementKinds(partner.tracks), cams, history };
}

export type Applicant = NonNullable<Awaited<ReturnType<typeof getApplicant>>>;
