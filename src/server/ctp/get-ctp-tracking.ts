import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { PRIMARY_CONTACT } from "@/server/ctp/rules";

/** One tracking as its page shows it, in the user's ctp.read scope; null when absent or out of scope. One statement. */
export async function getCtpTracking(user: SessionUser, trackingId: string) {
  return prisma.ctpTracking.findFirst({
    where: { id: trackingId, partner: partnerScope(user, "ctp.read") },
    select: {
      id: true,
      status: true,
      startedAt: true,
      locksAt: true,
      lockedAt: true,
      completedAt: true,
      partner: {
        select: {
          id: true,
          legalName: true,
          camOwnerId: true,
          camOwner: { select: { name: true } },
          users: { ...PRIMARY_CONTACT, select: { id: true, name: true } },
        },
      },
      sections: {
        select: {
          id: true,
          kind: true,
          owner: true,
          completedAt: true,
          items: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              id: true,
              title: true,
              completedAt: true,
              completedById: true,
              candidate: { select: { userId: true, user: { select: { name: true } } } },
            },
          },
        },
      },
      candidates: { orderBy: { enrolledAt: "asc" }, select: { id: true, userId: true, enrolledAt: true, completedAt: true, user: { select: { name: true } } } },
    },
  });
}

export type CtpTrackingDetail = NonNullable<Awaited<ReturnType<typeof getCtpTracking>>>;
