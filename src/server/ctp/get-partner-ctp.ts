import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";

/**
 * The partner's side of CTP: the company's latest tracking with its progress, and the signed-in user's own trainer
 * candidate tasks in it. One statement.
 */
export async function getPartnerCtp(user: SessionUser) {
  return prisma.ctpTracking.findFirst({
    where: { partnerId: ownPartnerId(user) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      status: true,
      startedAt: true,
      locksAt: true,
      lockedAt: true,
      completedAt: true,
      sections: { select: { kind: true, completedAt: true, items: { select: { completedAt: true } } } },
      candidates: {
        where: { userId: user.id },
        select: { id: true, tasks: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, title: true, completedAt: true } } },
      },
    },
  });
}
