import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { expiringHorizon } from "@/server/accounts/rules";

/** How many rows each of the dashboard's lists shows; the full lists are a link away. */
export const DASHBOARD_ROWS = 20;

/**
 * What needs the CAM on the accounts they own (an admin: every account): open award cases, soonest due first; active
 * CTP trackings with CAM items still open, closest to their lock first; and accounts with certifications expiring
 * within 60 days; NFR requests of theirs the Partner Help Desk asked about, waiting for an answer. Four statements,
 * read together; each list is capped, so the page stays flat as accounts grow.
 */
export async function getCamDashboard(user: SessionUser, now = new Date()) {
  const scope = partnerScope(user, "accounts.own");
  const horizon = expiringHorizon(now);
  const expiringWhere = { expiresAt: { gt: now, lte: horizon } };
  const [awardCases, ctpTrackings, expiringAccounts, nfrQuestions] = await Promise.all([
    prisma.awardCase.findMany({
      where: { status: { not: "COMPLETED" }, partner: scope },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_ROWS,
      select: { id: true, kind: true, status: true, dueAt: true, awardEmailSentAt: true, partner: { select: { id: true, legalName: true } } },
    }),
    prisma.ctpTracking.findMany({
      where: { status: "ACTIVE", partner: scope, sections: { some: { owner: "CAM", items: { some: { completedAt: null } } } } },
      orderBy: [{ locksAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_ROWS,
      select: {
        id: true,
        locksAt: true,
        partner: { select: { id: true, legalName: true } },
        sections: { where: { owner: "CAM" }, select: { _count: { select: { items: { where: { completedAt: null } } } } } },
      },
    }),
    prisma.partner.findMany({
      where: { AND: [scope, { earnedCertifications: { some: expiringWhere } }] },
      orderBy: [{ legalName: "asc" }, { id: "asc" }],
      take: DASHBOARD_ROWS,
      select: {
        id: true,
        legalName: true,
        earnedCertifications: { where: expiringWhere, orderBy: { expiresAt: "asc" }, take: 1, select: { expiresAt: true } },
        _count: { select: { earnedCertifications: { where: expiringWhere } } },
      },
    }),
    prisma.nfrRequest.findMany({
      where: { status: "INFO_REQUESTED", partner: scope },
      orderBy: [{ infoRequestedAt: "asc" }, { id: "asc" }],
      take: DASHBOARD_ROWS,
      select: { id: true, infoRequest: true, infoRequestedAt: true, usersCount: true, partner: { select: { legalName: true } } },
    }),
  ]);
  return {
    awardCases,
    nfrQuestions,
    ctpTrackings: ctpTrackings.map(({ sections, ...tracking }) => ({
      ...tracking,
      camItemsOpen: sections.reduce((sum, section) => sum + section._count.items, 0),
    })),
    expiringAccounts: expiringAccounts.map(({ earnedCertifications, _count: counts, ...partner }) => ({
      ...partner,
      expiringCount: counts.earnedCertifications,
      firstExpiry: earnedCertifications[0]?.expiresAt ?? null,
    })),
  };
}
