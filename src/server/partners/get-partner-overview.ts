import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

function overviewSelect(now: Date) {
  return {
    legalName: true,
    tier: true,
    region: true,
    status: true,
    tracks: true,
    website: true,
    camOwner: { select: { name: true, email: true } },
    // Awarded and published by the Partner Help Desk: the company's badges, as the locator shows them.
    companyCertifications: {
      where: { publishedAt: { not: null } },
      orderBy: { awardedAt: "asc" },
      select: { id: true, kind: true, awardedAt: true },
    },
    _count: {
      select: {
        users: { where: { active: true } },
        earnedCertifications: { where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } },
        nfrLicenses: { where: { status: "ACTIVE" } },
      },
    },
  } satisfies Prisma.PartnerSelect;
}

/**
 * The signed-in partner user's company with the figures its home page shows. One statement: with relation joins the
 * CAM and the three counts are subqueries of the company's row (they were four statements, on every home page view).
 */
export async function getPartnerOverview(user: SessionUser) {
  const row = await prisma.partner.findUnique({ where: { id: ownPartnerId(user) }, select: overviewSelect(new Date()) });
  if (!row) throw new AppError("NOT_FOUND");
  const { _count: counts, ...partner } = row;
  return { partner, userCount: counts.users, activeCertifications: counts.earnedCertifications, activeNfrLicenses: counts.nfrLicenses };
}
