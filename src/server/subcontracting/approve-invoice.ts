import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { sendJob } from "@/server/jobs/send-job";
import { AppError } from "@/server/errors";
import { formatMoney } from "@/lib/format";
import { activePartnerAdminIds, addToSowMonth } from "@/server/subcontracting/billing-records";
import { formatMonth, invoiceDecisionBlocker } from "@/server/subcontracting/rules";
import type { TApproveInvoice } from "@/server/subcontracting/schemas";

/**
 * The PS coordinator approves a submitted invoice. One transaction under a lock on the SOW's row (the one drafting
 * and other approvals on the SOW take): the invoice becomes APPROVED and final, its total is added to the SOW's
 * invoiced sum and to the month's burn row, the replenishment check is queued for the SOW (it alerts once when the
 * funds left fall to the line), the partner's admins are told.
 */
export async function approveInvoice(user: SessionUser, input: TApproveInvoice, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.invoice.findFirst({ where: { id: input.invoiceId, partner: partnerScope(user, "invoices.review") }, select: { sowId: true } });
    if (!found) throw new AppError("NOT_FOUND", { field: "invoiceId" });
    await tx.$queryRaw`SELECT "id" FROM "PrimeSow" WHERE "id" = ${found.sowId} FOR UPDATE`;
    // Then the invoice's own row, which a rejection locks: the two decisions cannot both pass the status check.
    await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${input.invoiceId} FOR UPDATE`;
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: input.invoiceId },
      select: {
        id: true,
        partnerId: true,
        sowId: true,
        status: true,
        month: true,
        timeAmountCents: true,
        expenseAmountCents: true,
        sow: { select: { number: true } },
        partner: { select: { legalName: true } },
      },
    });
    const blocker = invoiceDecisionBlocker(invoice.status);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });
    const totalCents = invoice.timeAmountCents + invoice.expenseAmountCents;
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "APPROVED", decidedById: user.id, decidedAt: new Date() } });
    await tx.primeSow.update({ where: { id: invoice.sowId }, data: { invoicedCents: { increment: totalCents } } });
    await addToSowMonth(tx, invoice.sowId, invoice.month, { invoicedCents: totalCents });
    await sendJob(tx, "alertSowReplenishment", { sowId: invoice.sowId });
    const monthLabel = formatMonth(invoice.month);
    for (const adminId of await activePartnerAdminIds(tx, invoice.partnerId)) {
      await notify(tx, {
        userId: adminId,
        type: "invoice.decided",
        title: `Invoice for ${monthLabel} approved`,
        body: `Your ${monthLabel} invoice on SOW ${invoice.sow.number} for ${formatMoney(totalCents)} is approved.`,
        link: `/partner/subcontracting/invoices/${invoice.id}`,
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "invoice.approved",
      entityType: "Invoice",
      entityId: invoice.id,
      summary: `Invoice of ${invoice.partner.legalName} for ${monthLabel} on SOW ${invoice.sow.number} approved: ${formatMoney(totalCents)}`,
      changes: { status: { from: invoice.status, to: "APPROVED" }, totalCents, sowId: invoice.sowId },
      ip: context.ip,
    });
    return { totalCents, monthLabel, partnerName: invoice.partner.legalName };
  });
}
