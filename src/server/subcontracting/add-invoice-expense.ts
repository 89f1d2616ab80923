import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { detectReceiptContentType } from "@/server/storage/detect-content-type";
import { getFileStorage } from "@/server/storage/file-storage";
import { formatMoney } from "@/lib/format";
import { MAX_RECEIPT_BYTES, RECEIPT_TOO_LARGE_MESSAGE } from "@/lib/subcontracting";
import { withoutControlCharacters } from "@/lib/control-characters";
import { lockInvoiceInScope } from "@/server/subcontracting/billing-records";
import { formatMonth, invoiceEditBlocker, monthOf } from "@/server/subcontracting/rules";
import type { TAddInvoiceExpense } from "@/server/subcontracting/schemas";

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return withoutControlCharacters(base).trim().slice(0, 200) || "receipt";
}

/**
 * A partner user adds an expense with its receipt to one of the company's open invoices (a draft, or one sent back to
 * fix): an image or a PDF by its bytes, within the size limit; incurred in the invoice's month; more than zero; on one
 * of the SOW's authorizations. The receipt is written once those checks pass, before the transaction, and removed again
 * if it fails, like the company logo. Under a lock on the invoice, whose expense amount grows by the expense's.
 */
export async function addInvoiceExpense(user: SessionUser, input: TAddInvoiceExpense, context: { ip: string }) {
  const partnerId = ownPartnerId(user);
  if (input.receipt.size > MAX_RECEIPT_BYTES) throw new AppError("VALIDATION", { field: "receipt", message: RECEIPT_TOO_LARGE_MESSAGE });
  const bytes = Buffer.from(await input.receipt.arrayBuffer());
  if (bytes.length === 0) throw new AppError("VALIDATION", { field: "receipt", message: "The receipt file is empty." });
  if (bytes.length > MAX_RECEIPT_BYTES) throw new AppError("VALIDATION", { field: "receipt", message: RECEIPT_TOO_LARGE_MESSAGE });
  const contentType = detectReceiptContentType(bytes);
  if (!contentType) throw new AppError("VALIDATION", { field: "receipt", message: "Attach the receipt as an image (PNG, JPEG, WebP or GIF) or a PDF." });
  if (input.amount <= 0) throw new AppError("VALIDATION", { field: "amount", message: "The amount must be more than $0." });

  // Everything that can refuse the expense is checked before the receipt is written; the transaction checks the
  // invoice's state again under its lock.
  const invoice = await prisma.invoice.findFirst({ where: { id: input.invoiceId, partnerId }, select: { sowId: true, month: true, status: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { field: "invoiceId" });
  const editBlocker = invoiceEditBlocker(invoice.status);
  if (editBlocker) throw new AppError("CONFLICT", { message: editBlocker });
  const authorization = await prisma.workAuthorization.findFirst({
    where: { id: input.workAuthorizationId, sowId: invoice.sowId, sow: { partnerId } },
    select: { id: true, projectName: true },
  });
  if (!authorization) {
    throw new AppError("NOT_FOUND", { field: "workAuthorizationId", message: "Choose one of the work authorizations of this invoice's SOW." });
  }
  if (monthOf(input.incurredOn).getTime() !== invoice.month.getTime()) {
    throw new AppError("VALIDATION", {
      field: "incurredOn",
      message: `This invoice is for ${formatMonth(invoice.month)}: an expense goes on the invoice of the month it was incurred in.`,
    });
  }

  const storage = getFileStorage();
  const storageKey = `partners/${partnerId}/receipts/${randomUUID()}`;
  await storage.put(storageKey, bytes, { contentType });
  try {
    return await prisma.$transaction(async (tx) => {
      await lockInvoiceInScope(tx, user, "subcontracting.bill", input.invoiceId);
      const locked = await tx.invoice.findUniqueOrThrow({ where: { id: input.invoiceId }, select: { id: true, status: true } });
      const blocker = invoiceEditBlocker(locked.status);
      if (blocker) throw new AppError("CONFLICT", { message: blocker });
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          contentType,
          sizeBytes: bytes.length,
          originalName: cleanFileName(input.receipt.name),
          ownerPartnerId: partnerId,
          uploadedById: user.id,
        },
        select: { id: true },
      });
      const expense = await tx.expense.create({
        data: {
          invoiceId: locked.id,
          workAuthorizationId: authorization.id,
          incurredOn: input.incurredOn,
          amountCents: input.amount,
          description: input.description,
          receiptFileId: file.id,
        },
        select: { id: true },
      });
      await tx.invoice.update({ where: { id: locked.id }, data: { expenseAmountCents: { increment: input.amount } } });
      await recordAuditEvent(tx, {
        actor: user,
        action: "invoice.expense_added",
        entityType: "Invoice",
        entityId: locked.id,
        summary: `Expense of ${formatMoney(input.amount)} on ${authorization.projectName} added: ${input.description}`,
        changes: {
          expenseId: expense.id,
          workAuthorizationId: authorization.id,
          amountCents: input.amount,
          incurredOn: input.incurredOn.toISOString().slice(0, 10),
          fileId: file.id,
        },
        ip: context.ip,
      });
      return { expenseId: expense.id, amountCents: input.amount };
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanupError: unknown) => console.error("Could not remove an uploaded receipt after a failed save", cleanupError));
    throw error;
  }
}
