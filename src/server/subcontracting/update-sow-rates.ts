import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { canEditSowRates } from "@/server/subcontracting/rules";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";
import { statusInSentence } from "@/lib/subcontracting-labels";
import type { TUpdateSowRates } from "@/server/subcontracting/schemas";

/** The coordinator replaces a SOW's rates while its text is still being agreed; from execution on they are fixed. */
export async function updateSowRates(user: SessionUser, input: TUpdateSowRates, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockPrimeSow(tx, user, "sows.manage", input.sowId);
    const sow = await tx.primeSow.findUniqueOrThrow({
      where: { id: input.sowId },
      select: { number: true, status: true, rates: { orderBy: { roleName: "asc" }, select: { roleName: true, hourlyRateCents: true } } },
    });
    if (!canEditSowRates(sow.status)) {
      throw new AppError("CONFLICT", { field: "rates", message: `The rates of a SOW that is ${statusInSentence(sow.status)} are fixed.` });
    }
    await tx.sowRate.deleteMany({ where: { sowId: input.sowId } });
    await tx.sowRate.createMany({ data: input.rates.map((rate) => ({ sowId: input.sowId, ...rate })) });
    const describe = (rates: { roleName: string; hourlyRateCents: number }[]) => rates.map((rate) => `${rate.roleName}: ${rate.hourlyRateCents}`);
    await recordAuditEvent(tx, {
      actor: user,
      action: "sow.rates_updated",
      entityType: "PrimeSow",
      entityId: input.sowId,
      summary: `Rates of Prime SOW ${sow.number} updated (${input.rates.length} role${input.rates.length === 1 ? "" : "s"})`,
      changes: { rates: { from: describe(sow.rates), to: describe(input.rates) } },
      ip: context.ip,
    });
    return { number: sow.number };
  });
}
