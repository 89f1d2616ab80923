import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * What the public locator may show of a partner: the fields a partner publishes on its profile and the company
 * certifications the Partner Help Desk has put on it. The locator's list and its profile page both read through this
 * one select, so a field is public only when it is here; account notes, CRM id, denial reason, work plan, contract
 * dates, the CAM owner and the company's people never are.
 */
export const PUBLISHED_PARTNER_SELECT = {
  id: true,
  legalName: true,
  website: true,
  country: true,
  region: true,
  tier: true,
  tracks: true,
  languages: true,
  services: true,
  locations: true,
  description: true,
  logoFileId: true,
  companyCertifications: {
    where: { publishedAt: { not: null } },
    orderBy: { kind: "asc" },
    select: { kind: true },
  },
} satisfies Prisma.PartnerSelect;

export type PublishedPartner = Prisma.PartnerGetPayload<{ select: typeof PUBLISHED_PARTNER_SELECT }>;

/** Only Authorized partners are in the locator; an applicant, a denied or an inactive company is not. */
export const LISTED_PARTNER_WHERE = { status: "AUTHORIZED" } as const satisfies Prisma.PartnerWhereInput;
