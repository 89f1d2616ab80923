import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { CTP_SECTIONS, ctpDaysLeft, isCtpItemOverdue, isCtpLocked } from "@/server/ctp/rules";

/** The most the CAM's list shows; a CAM follows a handful of CTP partners at a time. */
export const CAM_CTP_LIMIT = 100;

// Active trackings first (soonest lock first), then locked ones with items still open, then completed ones.
const URGENCY = { ACTIVE: 0, LOCKED: 1, COMPLETE: 2 } as const;

/**
 * Each tracking of the CAM's accounts (all for an admin) with its progress per section, days left and overdue items,
 * sorted by urgency. One statement: the sections' items come in the same query.
 */
export async function listCamCtpTrackings(user: SessionUser, now = new Date()) {
  const trackings = await prisma.ctpTracking.findMany({
    where: { partner: partnerScope(user, "ctp.manage") },
    orderBy: [{ locksAt: "asc" }, { id: "asc" }],
    take: CAM_CTP_LIMIT,
    select: {
      id: true,
      status: true,
      startedAt: true,
      locksAt: true,
      lockedAt: true,
      completedAt: true,
      partner: { select: { legalName: true } },
      sections: { select: { kind: true, completedAt: true, items: { select: { completedAt: true } } } },
    },
  });
  return trackings
    .map((tracking) => {
      const sections = CTP_SECTIONS.map(({ kind, label }) => {
        const section = tracking.sections.find((candidate) => candidate.kind === kind);
        const items = section?.items ?? [];
        return { kind, label, done: items.filter((item) => item.completedAt).length, total: items.length, complete: Boolean(section?.completedAt) };
      });
      const open = sections.reduce((sum, section) => sum + section.total - section.done, 0);
      const locked = isCtpLocked(tracking, now);
      return {
        id: tracking.id,
        partnerName: tracking.partner.legalName,
        status: locked ? ("LOCKED" as const) : tracking.status,
        startedAt: tracking.startedAt,
        locksAt: tracking.locksAt,
        daysLeft: tracking.status === "ACTIVE" ? ctpDaysLeft(tracking.locksAt, now) : null,
        sections,
        overdueItems: isCtpItemOverdue(tracking, now) ? open : 0,
      };
    })
    .sort((a, b) => URGENCY[a.status] - URGENCY[b.status] || (a.status === "LOCKED" ? b.overdueItems - a.overdueItems : 0));
}

/** The CAM's Authorized accounts that may be invited: none with an active or completed tracking. */
export async function listCtpInvitableAccounts(user: SessionUser) {
  return prisma.partner.findMany({
    where: {
      AND: [partnerScope(user, "ctp.manage"), { status: "AUTHORIZED", ctpTrackings: { none: { status: { in: ["ACTIVE", "COMPLETE"] } } } }],
    },
    orderBy: [{ legalName: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, legalName: true },
  });
}
