import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { PRIMARY_CONTACT } from "@/server/partners/primary-contact";
import { mayCompleteCtpItem } from "@/server/ctp/ctp-owner";

/**
 * One tracking as its page shows it, in the user's ctp.read scope; null when absent or out of scope. One statement.
 * Each item says whether this user is the one to complete it (while the tracking is open).
 */
export async function getCtpTracking(user: SessionUser, trackingId: string) {
  const tracking = await prisma.ctpTracking.findFirst({
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
  if (!tracking) return null;
  const facts = { camOwnerId: tracking.partner.camOwnerId, primaryContactId: tracking.partner.users[0]?.id ?? null };
  return {
    ...tracking,
    sections: tracking.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({
        ...item,
        completableByUser: mayCompleteCtpItem(user, { owner: section.owner, candidateUserId: item.candidate?.userId ?? null }, facts),
      })),
    })),
  };
}

export type CtpTrackingDetail = NonNullable<Awaited<ReturnType<typeof getCtpTracking>>>;
