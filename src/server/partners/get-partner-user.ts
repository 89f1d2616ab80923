import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { personRowSelect } from "@/server/users/user-list";

const partnerUserSelect = { ...personRowSelect, createdAt: true } satisfies Prisma.UserSelect;

export type PartnerUser = Prisma.UserGetPayload<{ select: typeof partnerUserSelect }>;

/** One person of the signed-in user's company, or null for anyone else's id. */
export async function getPartnerUser(user: SessionUser, userId: string): Promise<PartnerUser | null> {
  return prisma.user.findFirst({ where: { id: userId, partnerId: ownPartnerId(user) }, select: partnerUserSelect });
}
