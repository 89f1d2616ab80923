import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db";
import { can, partnerScope, type SessionUser } from "@/server/auth/policy";
import { ACCEPTANCE_FACTS, applicantAgreementStandings, LEGAL_REQUEST_FACTS } from "@/server/applications/applicant-agreements";

/**
 * One applicant as the review page shows it: company, primary contact, agreements and checklist. Null when
 * there is none in the reviewer's scope, so another region's applicant and a made-up id look the same. Cached for
 * the request, so the page's title and the page share one read.
 */
export const getApplicant = cache(async (user: SessionUser, partnerId: string) => {
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
      camOwner: { select: { name: true, email: true } },
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
          ...ACCEPTANCE_FACTS,
          id: true,
          ip: true,
          method: true,
          version: { select: { version: true, template: { select: { name: true, kind: true } } } },
        },
      },
      legalRequests: {
        orderBy: { createdAt: "asc" },
        select: {
          ...LEGAL_REQUEST_FACTS,
          id: true,
          reason: true,
          negotiatedVersion: true,
          exception: true,
          declineReason: true,
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
  const cams = await prisma.user.findMany({
    where: { role: "CAM", active: true },
    select: { id: true, name: true, region: true },
    orderBy: [{ region: "asc" }, { name: "asc" }],
  });
  const { users, reviews, ...rest } = partner;
  return {
    partner: rest,
    contact: users[0] ?? null,
    review: reviews[0] ?? null,
    // The legal request pages are channel operations'; a PHD reads each request's outcome here instead.
    canOpenLegalRequests: can(user, "legalRequests.manage"),
    agreements: applicantAgreementStandings(partner),
    cams,
  };
});

export type Applicant = NonNullable<Awaited<ReturnType<typeof getApplicant>>>;
