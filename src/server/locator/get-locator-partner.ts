import "server-only";
import { prisma } from "@/server/db";
import { LISTED_PARTNER_WHERE, PUBLISHED_PARTNER_SELECT, type PublishedPartner } from "@/server/locator/published-partner";

/** An Authorized partner's public profile; null for any other partner or an unknown id, so the page is a 404 alike. */
export async function getLocatorPartner(partnerId: string): Promise<PublishedPartner | null> {
  return prisma.partner.findFirst({ where: { id: partnerId, ...LISTED_PARTNER_WHERE }, select: PUBLISHED_PARTNER_SELECT });
}
