import "server-only";
import { websiteDomainOf } from "@/server/partners/rules";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TUpdatePartnerProfile } from "@/server/partners/schemas";

/** A partner admin edits the company's locator profile. The website's host is the company's unique domain too. */
export async function updatePartnerProfile(actor: SessionUser, input: TUpdatePartnerProfile, context: { ip: string }): Promise<void> {
  const partnerId = ownPartnerId(actor);
  const data = {
    description: input.description || null,
    website: input.website,
    websiteDomain: websiteDomainOf(input.website),
    locations: input.locations,
    languages: input.languages,
    services: input.services,
  };
  try {
    await prisma.$transaction(async (tx) => {
      const before = await tx.partner.findUniqueOrThrow({
        where: { id: partnerId },
        select: { description: true, website: true, locations: true, languages: true, services: true },
      });
      await tx.partner.update({ where: { id: partnerId }, data });
      const changed = (Object.keys(before) as (keyof typeof before)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(data[key]));
      await recordAuditEvent(tx, {
        actor,
        action: "partner.profile_updated",
        entityType: "Partner",
        entityId: partnerId,
        summary: changed.length ? `Company profile updated: ${changed.join(", ")}` : "Company profile saved without changes",
        changes: Object.fromEntries(changed.map((key) => [key, { from: before[key], to: data[key] }])),
        ip: context.ip,
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { field: "website", message: "Another company in the program already uses this website's domain." });
    }
    throw error;
  }
}
