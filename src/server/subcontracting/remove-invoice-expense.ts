import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { getFileStorage } from "@/server/storage/file-storage";
import { formatMoney } from "@/lib/format";
import { lockInvoiceInScope } from "@/server/subcontracting/billing-records";
import { invoiceEditBlocker } from "@/server/subcontracting/rules";
import type { TRemoveInvoiceExpense } from "@/server/subcontracting/schemas";

/**
 * A partner user takes an expense off an open invoice (to fix one the coordinator sent back): the expense and its
 * receipt go, and the invoice's expense amount shrinks by the same amount, under the invoice's lock.
 */
export async function removeInvoiceExpense(user: SessionUser, input: TRemoveInvoiceExpense, context: { ip: string }) {
  const partnerId = ownPartnerId(user);
  const removedKey = await prisma.$transaction(async (tx) => {
    const found = await tx.expense.findFirst({ where: { id: input.expenseId, invoice: { partnerId } }, select: { invoiceId: true } });
    if (!found) throw new AppError("NOT_FOUND", { field: "expenseId" });
    await lockInvoiceInScope(tx, user, "subcontracting.bill", found.invoiceId);
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: found.invoiceId }, select: { id: true, status: true } });
    const blocker = invoiceEditBlocker(invoice.status);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });
    const expense = await tx.expense.delete({
      where: { id: input.expenseId },
      select: { id: true, amountCents: true, description: true, receiptFile: { select: { id: true, storageKey: true } } },
    });
    if (expense.receiptFile) await tx.storedFile.delete({ where: { id: expense.receiptFile.id } });
    await tx.invoice.update({ where: { id: invoice.id }, data: { expenseAmountCents: { decrement: expense.amountCents } } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "invoice.expense_removed",
      entityType: "Invoice",
      entityId: invoice.id,
      summary: `Expense of ${formatMoney(expense.amountCents)} removed: ${expense.description}`,
      changes: { expenseId: expense.id, amountCents: expense.amountCents },
      ip: context.ip,
    });
    return expense.receiptFile?.storageKey ?? null;
  });
  if (removedKey) {
    await getFileStorage()
      .delete(removedKey)
      .catch((error: unknown) => console.error("Could not remove a receipt's bytes", error));
  }
  return { removed: true };
}
