import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { REQUIRED_CONSULTANT_CERTIFICATION_CODES } from "@/server/subcontracting/rules";

/**
 * The consultant's account's earned certifications that count for the pipeline: the required catalog codes, unexpired
 * now. Read by the record page and by the verification step, so both see the same records.
 */
export function requiredCertificationsWhere(now: Date): Prisma.EarnedCertificationWhereInput {
  return {
    certification: { code: { in: [...REQUIRED_CONSULTANT_CERTIFICATION_CODES] } },
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
  };
}

export const requiredCertificationsSelect = {
  id: true,
  issuedAt: true,
  expiresAt: true,
  certification: { select: { code: true, name: true } },
} satisfies Prisma.EarnedCertificationSelect;
