import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/** How many of a company's people the account page lists; the rest are counted. */
export const ACCOUNT_PEOPLE_SHOWN = 50;

/** Each person's most recent certifications shown; a long history stays on the partner's own pages. */
const CERTIFICATIONS_PER_PERSON = 10;

/** CTP trackings and award cases shown, newest first: a partner has one or two of each in practice. */
const PROGRAM_RECORDS_SHOWN = 5;

/** NFR licenses (the latest to expire first) and open NFR requests shown; the NFR pages list the rest. */
export const ACCOUNT_NFR_RECORDS_SHOWN = 20;

/**
 * One partner account as its page shows it to internal staff: profile, people and their certifications, company
 * certifications, agreements, CTP trackings, award cases and notes. Null when the account is not in the user's scope
 * (a CAM's own accounts, a PHD's region), so another CAM's account and a made-up id look the same. The partner and
 * everything under it come in one statement (relation joins).
 */
export async function getPartnerAccount(user: SessionUser, partnerId: string) {
  const partner = await prisma.partner.findFirst({
    where: { AND: [partnerScope(user, "accounts.read"), { id: partnerId }] },
    select: {
      id: true,
      legalName: true,
      website: true,
      country: true,
      region: true,
      size: true,
      tier: true,
      tracks: true,
      status: true,
      crmId: true,
      description: true,
      submittedAt: true,
      decidedAt: true,
      lastPhdReviewAt: true,
      accountNotes: true,
      camOwner: { select: { name: true, email: true } },
      users: {
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: ACCOUNT_PEOPLE_SHOWN,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          lastSignInAt: true,
          earnedCertifications: {
            orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
            take: CERTIFICATIONS_PER_PERSON,
            select: { id: true, issuedAt: true, expiresAt: true, certification: { select: { code: true, name: true } } },
          },
        },
      },
      companyCertifications: { orderBy: { awardedAt: "asc" }, select: { id: true, kind: true, awardedAt: true, publishedAt: true } },
      serviceCommunityAdminAt: true,
      ctpTrackings: {
        orderBy: [{ startedAt: "desc" }, { id: "asc" }],
        take: PROGRAM_RECORDS_SHOWN,
        select: {
          id: true,
          status: true,
          startedAt: true,
          locksAt: true,
          completedAt: true,
          sections: { orderBy: { kind: "asc" }, select: { kind: true, owner: true, completedAt: true, items: { select: { completedAt: true } } } },
        },
      },
      awardCases: {
        orderBy: [{ openedAt: "desc" }, { id: "asc" }],
        take: PROGRAM_RECORDS_SHOWN,
        select: { id: true, kind: true, status: true, openedAt: true, dueAt: true, completedAt: true },
      },
      agreementAcceptances: {
        orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
        select: { id: true, acceptedAt: true, method: true, version: { select: { version: true, template: { select: { name: true } } } } },
      },
      nfrLicenses: {
        orderBy: [{ expiresOn: "desc" }, { id: "asc" }],
        take: ACCOUNT_NFR_RECORDS_SHOWN,
        select: { id: true, referenceNumber: true, usersCount: true, plan: true, status: true, expiresOn: true },
      },
      nfrRequests: {
        where: { status: { in: ["SUBMITTED", "INFO_REQUESTED"] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: ACCOUNT_NFR_RECORDS_SHOWN,
        select: { id: true, status: true, usersCount: true, plan: true, isRenewal: true, createdAt: true },
      },
      subcontractRelationship: true,
      primeSows: {
        where: { status: { in: ["ACTIVE", "EXHAUSTED"] } },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: PROGRAM_RECORDS_SHOWN,
        select: { id: true, number: true, status: true, amountCents: true, invoicedCents: true },
      },
      _count: { select: { users: true, nfrLicenses: true } },
    },
  });
  if (!partner) return null;
  const { _count: counts, ...account } = partner;
  return { ...account, peopleCount: counts.users, nfrLicenseCount: counts.nfrLicenses };
}

export type PartnerAccount = NonNullable<Awaited<ReturnType<typeof getPartnerAccount>>>;
