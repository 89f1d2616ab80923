import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { formatMoney } from "@/lib/format";
import { formatMonth, invoiceEditBlocker } from "@/server/subcontracting/rules";
import type { TDraftInvoice } from "@/server/subcontracting/schemas";

/**
 * A partner user drafts the month's invoice of one of the company's SOWs, or brings an open one (draft, or sent back)
 * up to date: the month's approved hours of the SOW's authorizations not yet on an invoice are attached to it and
 * their value (Σ round(minutes × rate / 60), summed in SQL) added to its time amount. Under a lock on the SOW, the
 * row invoice approval also locks, so hours are never attached to an invoice being approved.
 */
export async function draftInvoice(user: SessionUser, input: TDraftInvoice, context: { ip: string }) {
  const partnerId = ownPartnerId(user);
  const month = input.month;
  const nextMonth = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  return prisma.$transaction(async (tx) => {
    const sow = await tx.primeSow.findFirst({ where: { id: input.sowId, partnerId }, select: { id: true, number: true } });
    if (!sow) throw new AppError("NOT_FOUND", { field: "sowId" });
    await tx.$queryRaw`SELECT "id" FROM "PrimeSow" WHERE "id" = ${sow.id} FOR UPDATE`;
    const existing = await tx.invoice.findUnique({ where: { sowId_month: { sowId: sow.id, month } }, select: { id: true, status: true } });
    if (existing) {
      const blocker = invoiceEditBlocker(existing.status);
      if (blocker) throw new AppError("CONFLICT", { field: "month", message: `The invoice for ${formatMonth(month)} exists already. ${blocker}` });
    }
    const invoice = existing ?? (await tx.invoice.create({ data: { partnerId, sowId: sow.id, month }, select: { id: true, status: true } }));
    const [attached] = await tx.$queryRaw<{ cents: number; entries: number }[]>`
      WITH attached AS (
        UPDATE "TimeEntry" t SET "invoiceId" = ${invoice.id}
        FROM "WorkAuthorization" w
        WHERE w."id" = t."workAuthorizationId" AND w."sowId" = ${sow.id}
          AND t."status" = 'APPROVED' AND t."invoiceId" IS NULL
          AND t."workedOn" >= ${month} AND t."workedOn" < ${nextMonth}
        RETURNING ROUND(t."minutes"::numeric * w."hourlyRateCents" / 60) AS "value"
      )
      SELECT COALESCE(SUM("value"), 0)::int AS "cents", COUNT(*)::int AS "entries" FROM attached`;
    if (attached.cents > 0) await tx.invoice.update({ where: { id: invoice.id }, data: { timeAmountCents: { increment: attached.cents } } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "invoice.drafted",
      entityType: "Invoice",
      entityId: invoice.id,
      summary: `Invoice for ${formatMonth(month)} on SOW ${sow.number} ${existing ? "brought up to date" : "drafted"}: ${attached.entries} time entr${
        attached.entries === 1 ? "y" : "ies"
      } worth ${formatMoney(attached.cents)} attached`,
      changes: { sowId: sow.id, month: month.toISOString().slice(0, 7), entries: attached.entries, timeAmountCents: attached.cents },
      ip: context.ip,
    });
    return { invoiceId: invoice.id, created: !existing, entries: attached.entries, cents: attached.cents, monthLabel: formatMonth(month) };
  });
}
