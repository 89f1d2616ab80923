import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";
import { humanize } from "@/lib/humanize";
import { formatMonth, monthOf } from "@/server/subcontracting/rules";

type InvoiceQuery = ListQuery<Prisma.InvoiceWhereInput, Prisma.InvoiceOrderByWithRelationInput>;

const STATUS_CHOICES = ["ALL", "SUBMITTED", "REJECTED", "APPROVED", "PAID", "DRAFT"] as const;
const MONTHS_OFFERED = 18;

/** The last months, newest first, as "2026-12": the month filter's choices. */
function recentMonths(now = new Date()): string[] {
  const first = monthOf(now);
  return Array.from({ length: MONTHS_OFFERED }, (_, index) =>
    new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - index, 1)).toISOString().slice(0, 7),
  );
}

/** Cents as a spreadsheet reads dollars, exactly: 12540 → "125.40". */
function csvDollars(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const findInvoices = (query: InvoiceQuery) =>
  prisma.invoice.findMany({
    ...query,
    select: {
      id: true,
      month: true,
      status: true,
      timeAmountCents: true,
      expenseAmountCents: true,
      submittedAt: true,
      decidedAt: true,
      rejectionReason: true,
      partner: { select: { legalName: true } },
      sow: { select: { number: true } },
    },
  });

/**
 * The subcontracting partners' invoices for the PS coordinator: the submitted ones waiting for a decision by default,
 * oldest submission first; "All" adds the rest after them.
 */
export const invoiceReviewList = defineList({
  capability: "invoices.review",
  path: "/ps/invoices",
  caption: "Invoices",
  emptyMessage: "No invoices are waiting for a decision. Partners' submitted monthly invoices appear here.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: findInvoices,
  count: (query) => prisma.invoice.count(query),
  sorts: ["submittedAt", "month", "status"],
  defaultSort: "submittedAt",
  defaultDir: "asc",
  // By submission, the ones waiting for a decision first: an undecided invoice has no decision date (a resubmitted one
  // loses its earlier one), and among them a draft has no submission date and comes after the submitted.
  orderBy: (sort, dir): Prisma.InvoiceOrderByWithRelationInput[] =>
    sort === "submittedAt"
      ? [{ decidedAt: { sort: "asc", nulls: "first" } }, { submittedAt: { sort: dir, nulls: "last" } }, { id: "asc" }]
      : [{ [sort]: dir }, { id: "asc" }],
  search: {
    label: "Search partners and SOWs",
    where: (q) => ({ OR: [{ partner: { legalName: containing(q) } }, { sow: { number: containing(q) } }] }),
  },
  filters: {
    status: selectFilter({
      label: "Status",
      values: STATUS_CHOICES,
      optionLabel: (choice) => (choice === "ALL" ? "All" : humanize(choice)),
      where: (choice): Prisma.InvoiceWhereInput => (choice === "ALL" ? {} : { status: choice }),
      otherwise: { status: "SUBMITTED" },
      defaultLabel: "Awaiting decision",
    }),
    month: selectFilter({
      label: "Month",
      values: async () => recentMonths(),
      optionLabel: (month) => formatMonth(new Date(`${month}-01T00:00:00Z`)),
      defaultLabel: "Any month",
      where: (month): Prisma.InvoiceWhereInput => ({ month: new Date(`${month}-01T00:00:00Z`) }),
    }),
  },
  row: (invoice) => ({
    id: invoice.id,
    partner: invoice.partner.legalName,
    sow: invoice.sow.number,
    month: formatMonth(invoice.month),
    totalCents: invoice.timeAmountCents + invoice.expenseAmountCents,
    submittedAt: invoice.submittedAt,
    status: invoice.status,
  }),
  columns: [
    { id: "partner", header: "Partner", href: "/ps/invoices/:id" },
    { id: "sow", header: "SOW" },
    { id: "month", header: "Month" },
    { id: "totalCents", header: "Total", format: "money" },
    { id: "submittedAt", header: "Submitted", format: "date" },
    { id: "status", header: "Status", format: "status" },
  ],
  csv: {
    path: "/ps/invoices/export",
    filename: "invoices",
    findMany: findInvoices,
    columns: [
      { header: "Partner", cell: (invoice) => invoice.partner.legalName },
      { header: "SOW", cell: (invoice) => invoice.sow.number },
      { header: "Month", cell: (invoice) => invoice.month.toISOString().slice(0, 7) },
      { header: "Status", cell: (invoice) => invoice.status },
      { header: "Time (USD)", cell: (invoice) => csvDollars(invoice.timeAmountCents) },
      { header: "Expenses (USD)", cell: (invoice) => csvDollars(invoice.expenseAmountCents) },
      { header: "Total (USD)", cell: (invoice) => csvDollars(invoice.timeAmountCents + invoice.expenseAmountCents) },
      { header: "Submitted", cell: (invoice) => csvDate(invoice.submittedAt) },
      { header: "Decided", cell: (invoice) => csvDate(invoice.decidedAt) },
      { header: "Rejection reason", cell: (invoice) => invoice.rejectionReason ?? "" },
      { header: "ID", cell: (invoice) => invoice.id },
    ],
  },
});
