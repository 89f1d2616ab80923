import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockPartnerInScope } from "@/server/partners/lock-partner";
import { nextSowSequence, sowNumber } from "@/server/subcontracting/rules";
import { formatMoney } from "@/lib/format";
import type { TCreatePrimeSow } from "@/server/subcontracting/schemas";

/**
 * The coordinator drafts a Prime SOW for a subcontracting partner: its amount (the form starts at the standard
 * $300,000) and rates per role. Its number is the year's next (PS-2026-0001); numbering is serialized by an advisory
 * lock, so two drafts at once never take the same one. The timeline starts with the draft.
 */
export async function createPrimeSow(user: SessionUser, input: TCreatePrimeSow, context: { ip: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await lockPartnerInScope(tx, partnerScope(user, "sows.manage"), input.partnerId);
    const partner = await tx.partner.findUniqueOrThrow({ where: { id: input.partnerId }, select: { legalName: true, subcontractRelationship: true } });
    if (!partner.subcontractRelationship) {
      throw new AppError("CONFLICT", { message: `${partner.legalName} has no subcontracting relationship yet: set it before drafting a SOW.` });
    }
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('PrimeSow.number'))`;
    const year = now.getUTCFullYear();
    const latest = await tx.primeSow.findFirst({ where: { number: { startsWith: `PS-${year}-` } }, orderBy: { number: "desc" }, select: { number: true } });
    const number = sowNumber(year, nextSowSequence(latest?.number ?? null));
    const sow = await tx.primeSow.create({
      data: {
        partnerId: input.partnerId,
        number,
        amountCents: input.amount,
        rates: { create: input.rates },
        transitions: { create: { fromStatus: null, toStatus: "DRAFT", actorId: user.id, at: now } },
      },
      select: { id: true, number: true },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "sow.created",
      entityType: "PrimeSow",
      entityId: sow.id,
      summary: `Prime SOW ${number} drafted for ${partner.legalName}: ${formatMoney(input.amount)}, ${input.rates.length} rate${input.rates.length === 1 ? "" : "s"}`,
      changes: { partnerId: input.partnerId, number, amountCents: input.amount, rates: input.rates.map((rate) => `${rate.roleName}: ${rate.hourlyRateCents}`) },
      ip: context.ip,
    });
    return sow;
  });
}
