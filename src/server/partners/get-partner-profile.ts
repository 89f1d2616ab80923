import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

const partnerProfileSelect = {
  id: true,
  legalName: true,
  description: true,
  website: true,
  locations: true,
  languages: true,
  services: true,
  logoFileId: true,
} satisfies Prisma.PartnerSelect;

export type PartnerProfile = Prisma.PartnerGetPayload<{ select: typeof partnerProfileSelect }>;

/** The signed-in user's company profile, as the partner locator shows it. */
export async function getPartnerProfile(user: SessionUser): Promise<PartnerProfile> {
  const partner = await prisma.partner.findUnique({ where: { id: ownPartnerId(user) }, select: partnerProfileSelect });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}
