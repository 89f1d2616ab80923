import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockPartnerInScope } from "@/server/partners/lock-partner";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";
import type { TChangeSubcontractRelationship } from "@/server/subcontracting/schemas";

/**
 * The PS coordinator (or an admin, over any partner) sets how a partner subcontracts: indirect staff augmentation,
 * indirect project-based, or direct. Only an authorized partner subcontracts. Whether the customer's name reaches the
 * partner's people follows from it (rules.showsCustomerTo).
 */
export async function changeSubcontractRelationship(user: SessionUser, input: TChangeSubcontractRelationship, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockPartnerInScope(tx, partnerScope(user, "sows.manage"), input.partnerId);
    const partner = await tx.partner.findUniqueOrThrow({
      where: { id: input.partnerId },
      select: { legalName: true, status: true, subcontractRelationship: true },
    });
    if (partner.status !== "AUTHORIZED") {
      throw new AppError("CONFLICT", { field: "relationship", message: `${partner.legalName} is not an authorized partner, so it cannot subcontract.` });
    }
    if (partner.subcontractRelationship === input.relationship) {
      throw new AppError("CONFLICT", {
        field: "relationship",
        message: `${partner.legalName} is already ${SUBCONTRACT_RELATIONSHIP_LABELS[input.relationship].toLowerCase()}.`,
      });
    }
    await tx.partner.update({ where: { id: input.partnerId }, data: { subcontractRelationship: input.relationship } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "subcontract.relationship_changed",
      entityType: "Partner",
      entityId: input.partnerId,
      summary: `${partner.legalName}'s subcontracting relationship set to ${SUBCONTRACT_RELATIONSHIP_LABELS[input.relationship].toLowerCase()}`,
      changes: { subcontractRelationship: { from: partner.subcontractRelationship, to: input.relationship } },
      ip: context.ip,
    });
    return { partnerName: partner.legalName, relationship: input.relationship };
  });
}
