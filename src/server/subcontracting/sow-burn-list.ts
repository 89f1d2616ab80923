import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, type ListQuery, type SortDirection } from "@/server/lists/define-list";
import { formatMoney } from "@/lib/format";
import { needsReplenishment, REPLENISHMENT_LINE_CENTS, remainingFundsCents } from "@/server/subcontracting/rules";
import { csvCents } from "@/server/subcontracting/csv-cells";

/** The remaining funds are a difference of two columns, which Prisma cannot order by: findBurnSows orders by it itself. */
interface RemainingOrder {
  remainingCents: SortDirection;
}
type BurnOrderBy = Prisma.PrimeSowOrderByWithRelationInput | RemainingOrder;
type BurnQuery = ListQuery<Prisma.PrimeSowWhereInput, BurnOrderBy>;

const BURN_SELECT = {
  id: true,
  number: true,
  amountCents: true,
  authorizedCents: true,
  invoicedCents: true,
  partner: { select: { legalName: true } },
} satisfies Prisma.PrimeSowSelect;

function isRemainingOrder(order: BurnOrderBy | undefined): order is RemainingOrder {
  return order !== undefined && "remainingCents" in order;
}

/**
 * A page of active SOWs. By remaining funds, in two statements: the in-scope SOWs' two kept sums (three integers a
 * SOW, a few thousand SOWs at most), ordered here with the id breaking ties, then the page's SOWs by id.
 */
async function findBurnSows(query: BurnQuery) {
  const [order] = query.orderBy;
  if (!isRemainingOrder(order)) {
    return prisma.primeSow.findMany({ ...query, orderBy: query.orderBy as Prisma.PrimeSowOrderByWithRelationInput[], select: BURN_SELECT });
  }
  const funds = await prisma.primeSow.findMany({ where: query.where, select: { id: true, amountCents: true, invoicedCents: true } });
  const sign = order.remainingCents === "asc" ? 1 : -1;
  funds.sort((a, b) => sign * (remainingFundsCents(a) - remainingFundsCents(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const start = query.skip ?? 0;
  const ids = funds.slice(start, start + query.take).map((sow) => sow.id);
  if (ids.length === 0) return [];
  const sows = await prisma.primeSow.findMany({ where: { id: { in: ids } }, select: BURN_SELECT });
  const byId = new Map(sows.map((sow) => [sow.id, sow]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const alertText = (sow: { amountCents: number; invoicedCents: number }) =>
  needsReplenishment(sow) ? `At or below ${formatMoney(REPLENISHMENT_LINE_CENTS)}` : "";

/** The coordinator's burn: every active SOW in scope with its funds authorized, invoiced and left, least left first. */
export const sowBurnList = defineList({
  capability: "sows.read",
  path: "/ps",
  caption: "Active SOWs",
  emptyMessage: "No active SOWs. A SOW shows here once its PO is approved and it is activated.",
  scope: (user, capability): Prisma.PrimeSowWhereInput => ({ status: "ACTIVE", partner: partnerScope(user, capability) }),
  findMany: findBurnSows,
  count: (query) => prisma.primeSow.count(query),
  sorts: ["remainingCents", "number", "amountCents", "authorizedCents", "invoicedCents"],
  defaultSort: "remainingCents",
  defaultDir: "asc",
  orderBy: (sort, dir): BurnOrderBy[] => (sort === "remainingCents" ? [{ remainingCents: dir }] : [{ [sort]: dir }, { id: "asc" }]),
  search: {
    label: "Search SOWs",
    where: (q) => ({ OR: [{ number: containing(q) }, { partner: { legalName: containing(q) } }] }),
  },
  row: (sow) => ({
    id: sow.id,
    number: sow.number,
    partnerName: sow.partner.legalName,
    amountCents: sow.amountCents,
    authorizedCents: sow.authorizedCents,
    invoicedCents: sow.invoicedCents,
    remainingCents: remainingFundsCents(sow),
    // Whole percent for the bar; a SOW with no funds shows none burned rather than dividing by zero.
    burned: sow.amountCents > 0 ? Math.round((sow.invoicedCents * 100) / sow.amountCents) : 0,
    alert: alertText(sow),
  }),
  columns: [
    { id: "number", header: "SOW", href: "/ps/sows/:id" },
    { id: "partnerName", header: "Partner" },
    { id: "amountCents", header: "Funds", format: "money" },
    { id: "authorizedCents", header: "Authorized", format: "money" },
    { id: "invoicedCents", header: "Invoiced", format: "money" },
    { id: "remainingCents", header: "Remaining", format: "money" },
    { id: "burned", header: "Share invoiced", format: "meter" },
    { id: "alert", header: "Replenishment" },
  ],
  csv: {
    path: "/ps/export/sows",
    filename: "sow-burn",
    findMany: (query) => prisma.primeSow.findMany({ ...query, orderBy: query.orderBy as Prisma.PrimeSowOrderByWithRelationInput[], select: BURN_SELECT }),
    columns: [
      { header: "SOW", cell: (sow) => sow.number },
      { header: "Partner", cell: (sow) => sow.partner.legalName },
      { header: "Funds (USD)", cell: (sow) => csvCents(sow.amountCents) },
      { header: "Authorized (USD)", cell: (sow) => csvCents(sow.authorizedCents) },
      { header: "Invoiced (USD)", cell: (sow) => csvCents(sow.invoicedCents) },
      { header: "Remaining (USD)", cell: (sow) => csvCents(remainingFundsCents(sow)) },
      { header: "Replenishment alert", cell: (sow) => (needsReplenishment(sow) ? "Yes" : "No") },
    ],
  },
});
