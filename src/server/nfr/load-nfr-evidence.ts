import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { prisma, Tx } from "@/server/db";

/** An active license: not revoked, renewed or marked expired, and its expiry date not passed. */
export function heldLicenseWhere(today: Date): Prisma.NfrLicenseWhereInput {
  return { status: "ACTIVE", expiresOn: { gte: today } };
}

/** An unexpired certification that meets the NFR check (Solution Architect Core, PSE), held by an active employee. */
export function nfrCertificationWhere(now: Date): Prisma.EarnedCertificationWhereInput {
  return { certification: { meetsNfrCheck: true }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }], user: { active: true } };
}

export const HELD_LICENSE_SELECT = {
  id: true,
  referenceNumber: true,
  name: true,
  usersCount: true,
  plan: true,
  expiresOn: true,
} satisfies Prisma.NfrLicenseSelect;

export const NFR_CERTIFICATION_SELECT = {
  id: true,
  expiresAt: true,
  user: { select: { name: true } },
  certification: { select: { name: true } },
} satisfies Prisma.EarnedCertificationSelect;

/** The certifications listed as evidence; the check itself counts them all. */
const EVIDENCE_CERTIFICATIONS_SHOWN = 20;

/**
 * What the eligibility checks read about a partner, with the evidence the PHD sees: its active licenses and the
 * employees' certifications that meet the NFR check. One statement: the relations are joined. Approval reads it in its
 * transaction, the request page outside one.
 */
export async function loadNfrEvidence(tx: Pick<Tx | typeof prisma, "partner">, partnerId: string, now: Date, today: Date) {
  return tx.partner.findUniqueOrThrow({
    where: { id: partnerId },
    select: {
      id: true,
      legalName: true,
      status: true,
      tier: true,
      nfrLicenses: { where: heldLicenseWhere(today), select: HELD_LICENSE_SELECT, orderBy: [{ expiresOn: "asc" }, { id: "asc" }] },
      earnedCertifications: {
        where: nfrCertificationWhere(now),
        select: NFR_CERTIFICATION_SELECT,
        orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
        take: EVIDENCE_CERTIFICATIONS_SHOWN,
      },
      _count: { select: { earnedCertifications: { where: nfrCertificationWhere(now) } } },
    },
  });
}
