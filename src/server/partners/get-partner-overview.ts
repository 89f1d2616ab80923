import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

/** The signed-in partner user's company with the figures its home page shows. */
export async function getPartnerOverview(user: SessionUser) {
  const partnerId = ownPartnerId(user);
  const now = new Date();
  const [partner, userCount, activeCertifications, activeNfrLicenses] = await Promise.all([
    prisma.partner.findUnique({
      where: { id: partnerId },
      select: {
        legalName: true,
        tier: true,
        region: true,
        status: true,
        tracks: true,
        website: true,
        camOwner: { select: { name: true, email: true } },
      },
    }),
    prisma.user.count({ where: { partnerId, active: true } }),
    prisma.earnedCertification.count({ where: { partnerId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
    prisma.nfrLicense.count({ where: { partnerId, status: "ACTIVE" } }),
  ]);
  if (!partner) throw new AppError("NOT_FOUND");
  return { partner, userCount, activeCertifications, activeNfrLicenses };
}
