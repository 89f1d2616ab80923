import "server-only";
import type { CtpOwner } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/** The most a home page lists; the tracking pages hold the rest. */
export const WAITING_ITEMS_LIMIT = 25;

/**
 * The open checklist items waiting on one owner kind, soonest lock first, in the user's ctp.read scope: a CAM sees
 * their accounts' items, Education and Channel Services everyone's, a partner user their company's. Only ACTIVE
 * trackings not yet past their lock are listed: a locked tracking's items wait on nobody. Trainer candidates' own tasks
 * wait on the candidates, not on the section's owner, so they are left out. Two statements at most.
 */
export async function listCtpItemsWaiting(user: SessionUser, owner: CtpOwner, now = new Date()) {
  // The page's ids first, then their sections and trackings: in one statement Prisma would build every waiting item's
  // section, tracking and partner (hundreds at the large seed) before sorting them down to the page.
  const page = await prisma.ctpItem.findMany({
    where: {
      completedAt: null,
      candidateId: null,
      section: { owner, tracking: { status: "ACTIVE", locksAt: { gt: now }, partner: partnerScope(user, "ctp.read") } },
    },
    orderBy: [{ section: { tracking: { locksAt: "asc" } } }, { section: { kind: "asc" } }, { position: "asc" }, { id: "asc" }],
    take: WAITING_ITEMS_LIMIT,
    select: { id: true },
  });
  if (page.length === 0) return [];
  const items = await prisma.ctpItem.findMany({
    where: { id: { in: page.map((item) => item.id) } },
    select: {
      id: true,
      title: true,
      section: { select: { kind: true, tracking: { select: { id: true, locksAt: true, status: true, partner: { select: { legalName: true } } } } } },
    },
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  return page.flatMap((item) => byId.get(item.id) ?? []);
}
