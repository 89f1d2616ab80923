import "server-only";
import { prisma } from "@/server/db";
import { can, partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One NFR license as its page shows it, in the user's nfr.read scope; null when absent or out of scope. The key is
 * the partner's to use: it is returned only to the company's own users and to those who process licenses, never to
 * its CAM. One statement.
 */
export async function getNfrLicense(user: SessionUser, licenseId: string) {
  const license = await prisma.nfrLicense.findFirst({
    where: { id: licenseId, partner: partnerScope(user, "nfr.read") },
    select: {
      id: true,
      partnerId: true,
      referenceNumber: true,
      name: true,
      email: true,
      companyName: true,
      usersCount: true,
      plan: true,
      trial: true,
      startsOn: true,
      expiresOn: true,
      notes: true,
      licenseKey: true,
      status: true,
      revokedAt: true,
      revocationReason: true,
      revokedBy: { select: { name: true } },
      partner: { select: { legalName: true } },
      request: { select: { id: true, createdAt: true, requestedBy: { select: { name: true } } } },
      renewals: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, status: true, createdAt: true, license: { select: { id: true, referenceNumber: true } } },
      },
    },
  });
  if (!license) return null;
  const { licenseKey, ...shown } = license;
  const mayReadKey = can(user, "nfr.process") || user.partnerId === license.partnerId;
  return { ...shown, licenseKey: mayReadKey ? licenseKey : null };
}

export type NfrLicensePage = NonNullable<Awaited<ReturnType<typeof getNfrLicense>>>;
