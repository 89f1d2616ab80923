import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { findConsultantAccount } from "@/server/subcontracting/find-consultant-account";
import type { TAddConsultant } from "@/server/subcontracting/schemas";

/**
 * The coordinator adds a candidate for one of their subcontracting partners, optionally linked to the partner user
 * account they sign in with (its certifications are what the pipeline reads later). The account must be the
 * partner's own and not already another consultant's.
 */
export async function addConsultant(user: SessionUser, input: TAddConsultant, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const partner = await tx.partner.findFirst({
      where: { id: input.partnerId, ...partnerScope(user, "consultants.manage") },
      select: { id: true, legalName: true },
    });
    if (!partner) throw new AppError("NOT_FOUND", { field: "partnerId" });
    const userId = input.accountEmail ? await findConsultantAccount(tx, partner, input.accountEmail) : null;
    const consultant = await tx.consultant
      .create({
        data: { partnerId: partner.id, userId, name: input.name, email: input.email },
        select: { id: true, name: true },
      })
      .catch((error: unknown) => {
        // Two coordinators linking the same account at once: the unique account column keeps one.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new AppError("CONFLICT", { field: "accountEmail", message: "This account is already another consultant's." });
        }
        throw error;
      });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.added",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `${consultant.name} added as a candidate consultant of ${partner.legalName}${userId ? ", linked to their portal account" : ""}`,
      changes: { partnerId: partner.id, name: input.name, email: input.email, userId, stage: "CANDIDATE" },
      ip: context.ip,
    });
    return { consultantId: consultant.id, name: consultant.name, partnerName: partner.legalName };
  });
}
