import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { formatMoney } from "@/lib/format";
import { activePartnerAdminIds, lockInvoiceInScope } from "@/server/subcontracting/billing-records";
import { formatMonth, invoiceDecisionBlocker } from "@/server/subcontracting/rules";
import type { TRejectInvoice } from "@/server/subcontracting/schemas";

/**
 * The PS coordinator sends a submitted invoice back with a reason the partner's admins read. Its hours stay attached,
 * so the partner fixes the expenses and submits it again; nothing is added to the SOW's sums.
 */
export async function rejectInvoice(user: SessionUser, input: TRejectInvoice, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockInvoiceInScope(tx, user, "invoices.review", input.invoiceId);
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: input.invoiceId },
      select: {
        id: true,
        partnerId: true,
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
    await tx.invoice.update({
      where: { id: invoice.id },
      data: { status: "REJECTED", decidedById: user.id, decidedAt: new Date(), rejectionReason: input.reason },
    });
    const monthLabel = formatMonth(invoice.month);
    for (const adminId of await activePartnerAdminIds(tx, invoice.partnerId)) {
      await notify(tx, {
        userId: adminId,
        type: "invoice.decided",
        title: `Invoice for ${monthLabel} sent back`,
        body: `Your ${monthLabel} invoice on SOW ${invoice.sow.number} was sent back: ${input.reason} Fix it and submit it again.`,
        link: `/partner/subcontracting/invoices/${invoice.id}`,
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "invoice.rejected",
      entityType: "Invoice",
      entityId: invoice.id,
      summary: `Invoice of ${invoice.partner.legalName} for ${monthLabel} on SOW ${invoice.sow.number} (${formatMoney(
        invoice.timeAmountCents + invoice.expenseAmountCents,
      )}) sent back: ${input.reason}`,
      changes: { status: { from: invoice.status, to: "REJECTED" }, reason: input.reason },
      ip: context.ip,
    });
    return { monthLabel, partnerName: invoice.partner.legalName };
  });
}
