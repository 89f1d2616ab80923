import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/** How many of a company's people the account page lists; the rest are counted. */
export const ACCOUNT_PEOPLE_SHOWN = 50;

/**
 * One partner account as its page shows it to internal staff: profile, people, agreements and notes. Null
 * when the account is not in the user's scope (a CAM's own accounts), so another CAM's account and a made-up id look
 * the same. The partner and everything under it come in one statement (relation joins).
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
        select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true },
      },
      agreementAcceptances: {
        orderBy: [{ acceptedAt: "asc" }, { id: "asc" }],
        select: { id: true, acceptedAt: true, method: true, version: { select: { version: true, template: { select: { name: true } } } } },
      },
      _count: { select: { users: true } },
    },
  });
  if (!partner) return null;
  const { _count: counts, ...account } = partner;
  return { ...account, peopleCount: counts.users };
}

export type PartnerAccount = NonNullable<Awaited<ReturnType<typeof getPartnerAccount>>>;
