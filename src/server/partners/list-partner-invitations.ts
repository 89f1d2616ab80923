import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";

const invitationSelect = { id: true, email: true, role: true, createdAt: true, expiresAt: true } satisfies Prisma.OneTimeTokenSelect;

export type PendingInvitation = Prisma.OneTimeTokenGetPayload<{ select: typeof invitationSelect }>;

/** Invitations of the signed-in user's company that can still be accepted, newest first. */
export async function listPartnerInvitations(user: SessionUser): Promise<PendingInvitation[]> {
  return prisma.oneTimeToken.findMany({
    where: { purpose: "INVITATION", partnerId: ownPartnerId(user), usedAt: null, expiresAt: { gt: new Date() } },
    select: invitationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    // Invitations expire within a week, so a company has few; the cap keeps a runaway list from loading whole.
    take: 100,
  });
}
