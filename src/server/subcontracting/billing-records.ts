import "server-only";
import type { Tx } from "@/server/db";
import { partnerScope, type Capability, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

/**
 * Adds to a SOW's burn row for a month, creating it the first time: the hour-logging, hour-deciding and
 * invoice-approving transactions keep these sums so the burn charts never read time entries.
 */
export async function addToSowMonth(
  tx: Tx,
  sowId: string,
  month: Date,
  delta: { loggedMinutes?: number; loggedValueCents?: number; invoicedCents?: number },
): Promise<void> {
  const loggedMinutes = delta.loggedMinutes ?? 0;
  const loggedValueCents = delta.loggedValueCents ?? 0;
  const invoicedCents = delta.invoicedCents ?? 0;
  if (loggedMinutes === 0 && loggedValueCents === 0 && invoicedCents === 0) return;
  await tx.sowMonth.upsert({
    where: { sowId_month: { sowId, month } },
    create: { sowId, month, loggedMinutes, loggedValueCents, invoicedCents },
    update: { loggedMinutes: { increment: loggedMinutes }, loggedValueCents: { increment: loggedValueCents }, invoicedCents: { increment: invoicedCents } },
  });
}

/** The PS coordinators, who are told of submitted invoices and of hours past an authorization. */
export async function activeCoordinatorIds(tx: Tx): Promise<string[]> {
  const coordinators = await tx.user.findMany({ where: { role: "PS_COORDINATOR", active: true }, select: { id: true } });
  return coordinators.map((coordinator) => coordinator.id);
}

/** The partner's admins, who are told how their invoices were decided. */
export async function activePartnerAdminIds(tx: Tx, partnerId: string): Promise<string[]> {
  const admins = await tx.user.findMany({ where: { partnerId, role: "PARTNER_ADMIN", active: true }, select: { id: true } });
  return admins.map((admin) => admin.id);
}

/**
 * Finds the invoice within the user's scope for `capability` and locks its row until the transaction ends, so two
 * changes to one invoice (an expense and a submit, two approvals) run one after the other. Out of scope and absent
 * are NOT_FOUND before any lock is taken.
 */
export async function lockInvoiceInScope(tx: Tx, user: SessionUser, capability: Capability, invoiceId: string): Promise<{ sowId: string; partnerId: string }> {
  const found = await tx.invoice.findFirst({ where: { id: invoiceId, partner: partnerScope(user, capability) }, select: { sowId: true, partnerId: true } });
  if (!found) throw new AppError("NOT_FOUND", { field: "invoiceId" });
  await tx.$queryRaw`SELECT "id" FROM "Invoice" WHERE "id" = ${invoiceId} FOR UPDATE`;
  return found;
}
