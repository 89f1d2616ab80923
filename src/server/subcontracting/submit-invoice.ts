import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { formatMoney } from "@/lib/format";
import { activeCoordinatorIds, lockInvoiceInScope } from "@/server/subcontracting/billing-records";
import { formatMonth, invoiceEditBlocker } from "@/server/subcontracting/rules";
import type { TSubmitInvoice } from "@/server/subcontracting/schemas";

/**
 * A partner user submits the company's drafted (or sent back and fixed) invoice to the PS coordinators, who are told.
 * An invoice with nothing on it is refused.
 */
export async function submitInvoice(user: SessionUser, input: TSubmitInvoice, context: { ip: string }) {
  ownPartnerId(user);
  return prisma.$transaction(async (tx) => {
    await lockInvoiceInScope(tx, user, "subcontracting.bill", input.invoiceId);
    const invoice = await tx.invoice.findUniqueOrThrow({
      where: { id: input.invoiceId },
      select: {
        id: true,
        status: true,
        month: true,
        timeAmountCents: true,
        expenseAmountCents: true,
        sow: { select: { number: true } },
        partner: { select: { legalName: true } },
      },
    });
    const blocker = invoiceEditBlocker(invoice.status);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });
    const totalCents = invoice.timeAmountCents + invoice.expenseAmountCents;
    if (totalCents <= 0) {
      throw new AppError("CONFLICT", { message: "This invoice has no hours or expenses on it yet: bring its hours up to date or add an expense first." });
    }
    // A resubmitted invoice waits for a new decision; the earlier rejection and its reason stay in its history.
    await tx.invoice.update({
      where: { id: invoice.id },
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: user.id, rejectionReason: null, decidedAt: null, decidedById: null },
    });
    const monthLabel = formatMonth(invoice.month);
    for (const coordinatorId of await activeCoordinatorIds(tx)) {
      await notify(tx, {
        userId: coordinatorId,
        type: "invoice.submitted",
        title: `Invoice for ${monthLabel} from ${invoice.partner.legalName}`,
        body: `${invoice.partner.legalName} submitted its ${monthLabel} invoice on SOW ${invoice.sow.number} for ${formatMoney(totalCents)}${
          invoice.status === "REJECTED" ? ", fixed after it was sent back" : ""
        }. Approve it or send it back with a reason.`,
        link: `/ps/invoices/${invoice.id}`,
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "invoice.submitted",
      entityType: "Invoice",
      entityId: invoice.id,
      summary: `Invoice for ${monthLabel} on SOW ${invoice.sow.number} submitted for ${formatMoney(totalCents)}`,
      changes: { status: { from: invoice.status, to: "SUBMITTED" }, totalCents },
      ip: context.ip,
    });
    return { totalCents, monthLabel };
  });
}
