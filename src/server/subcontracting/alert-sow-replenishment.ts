import "server-only";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { formatMoney } from "@/lib/format";
import { REPLENISHMENT_LINE_CENTS, STANDARD_SOW_AMOUNT_CENTS } from "@/server/subcontracting/rules";

/**
 * The replenishment alert: every active SOW whose remaining funds (amount − invoiced) are at or below $60,000 and that
 * has not been alerted since it last crossed gets a drafted $300,000 PO request, and every PS coordinator a notice.
 * The claim (replenishAlertedAt) is conditional, in the same transaction as the draft and the notices, so each
 * crossing alerts once; approving the PO clears it, and the next crossing alerts again.
 */
export async function alertSowReplenishment(input: { sowId?: string } = {}, now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string; number: string; amountCents: number; invoicedCents: number; partnerName: string }[]>`
      UPDATE "PrimeSow" s SET "replenishAlertedAt" = ${now}
      FROM "Partner" p
      WHERE p."id" = s."partnerId"
        AND s."status" = 'ACTIVE'
        AND s."replenishAlertedAt" IS NULL
        AND s."amountCents" - s."invoicedCents" <= ${REPLENISHMENT_LINE_CENTS}
        AND (${input.sowId ?? null}::text IS NULL OR s."id" = ${input.sowId ?? null})
      RETURNING s."id", s."number", s."amountCents", s."invoicedCents", p."legalName" AS "partnerName"`;
    if (claimed.length === 0) return 0;
    const coordinators = await tx.user.findMany({ where: { role: "PS_COORDINATOR", active: true }, select: { id: true } });
    for (const sow of claimed) {
      const remaining = formatMoney(sow.amountCents - sow.invoicedCents);
      const request = await tx.sowPoRequest.create({ data: { sowId: sow.id, amountCents: STANDARD_SOW_AMOUNT_CENTS }, select: { id: true } });
      for (const coordinator of coordinators) {
        await notify(tx, {
          userId: coordinator.id,
          type: "sow.funds_low",
          title: `SOW ${sow.number} of ${sow.partnerName} is down to ${remaining}`,
          body: `The remaining funds of SOW ${sow.number} fell to ${remaining}, at or below the ${formatMoney(REPLENISHMENT_LINE_CENTS)} line. A new ${formatMoney(STANDARD_SOW_AMOUNT_CENTS)} PO request is drafted on the SOW's page: submit it and record the PO when it is approved.`,
          link: `/ps/sows/${sow.id}`,
        });
      }
      await recordAuditEvent(tx, {
        actor: null,
        action: "sow.replenishment_alerted",
        entityType: "PrimeSow",
        entityId: sow.id,
        summary: `Remaining funds of SOW ${sow.number} at ${remaining}: a ${formatMoney(STANDARD_SOW_AMOUNT_CENTS)} PO request drafted and the PS coordinators notified`,
        changes: { remainingCents: sow.amountCents - sow.invoicedCents, poRequestId: request.id },
      });
    }
    return claimed.length;
  });
}
