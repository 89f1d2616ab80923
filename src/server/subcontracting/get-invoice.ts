import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One invoice as its page shows it, to the partner's own users (subcontracting.bill) or the coordinator
 * (invoices.review): its amounts, expenses with their receipts, and its hours summed per authorization and consultant
 * in SQL. Null when out of scope, the same as absent.
 */
export async function getInvoice(user: SessionUser, invoiceId: string, capability: "subcontracting.bill" | "invoices.review") {
  const invoice = await prisma.invoice.findFirst({
    where: { id: invoiceId, partner: partnerScope(user, capability) },
    select: {
      id: true,
      month: true,
      status: true,
      timeAmountCents: true,
      expenseAmountCents: true,
      submittedAt: true,
      decidedAt: true,
      rejectionReason: true,
      createdAt: true,
      partner: { select: { id: true, legalName: true } },
      sow: {
        select: {
          id: true,
          number: true,
          workAuthorizations: { where: { status: { not: "CANCELLED" } }, orderBy: { projectName: "asc" }, select: { id: true, projectName: true } },
        },
      },
      expenses: {
        orderBy: [{ incurredOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          incurredOn: true,
          amountCents: true,
          description: true,
          workAuthorization: { select: { projectName: true } },
          receiptFile: { select: { id: true, originalName: true } },
        },
      },
    },
  });
  if (!invoice) return null;
  const lines = await prisma.$queryRaw<{ projectName: string; consultantName: string; hourlyRateCents: number; minutes: number; amountCents: number }[]>`
    SELECT w."projectName", c."name" AS "consultantName", w."hourlyRateCents",
      SUM(t."minutes")::int AS "minutes", SUM(ROUND(t."minutes"::numeric * w."hourlyRateCents" / 60))::int AS "amountCents"
    FROM "TimeEntry" t
    JOIN "WorkAuthorization" w ON w."id" = t."workAuthorizationId"
    JOIN "Consultant" c ON c."id" = t."consultantId"
    WHERE t."invoiceId" = ${invoice.id}
    GROUP BY w."id", w."projectName", w."hourlyRateCents", c."id", c."name"
    ORDER BY w."projectName", c."name"`;
  return { ...invoice, lines, totalCents: invoice.timeAmountCents + invoice.expenseAmountCents };
}

export type InvoiceRecord = NonNullable<Awaited<ReturnType<typeof getInvoice>>>;
