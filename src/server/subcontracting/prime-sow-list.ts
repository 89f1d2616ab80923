import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, type ListQuery } from "@/server/lists/define-list";
import { remainingFundsCents } from "@/server/subcontracting/rules";

/** Prime SOWs of the subcontracting partners, with the funds authorized and invoiced against each (the kept sums) and what is left. */
export const primeSowList = defineList({
  capability: "sows.read",
  path: "/ps/sows",
  caption: "Prime SOWs",
  emptyMessage: "No Prime SOWs yet.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: (query: ListQuery<Prisma.PrimeSowWhereInput, Prisma.PrimeSowOrderByWithRelationInput>) =>
    prisma.primeSow.findMany({
      ...query,
      select: {
        id: true,
        number: true,
        status: true,
        amountCents: true,
        authorizedCents: true,
        invoicedCents: true,
        partner: { select: { legalName: true } },
      },
    }),
  count: (query) => prisma.primeSow.count(query),
  sorts: ["number", "status", "amountCents", "authorizedCents", "invoicedCents", "createdAt"],
  defaultSort: "number",
  search: {
    label: "Search SOWs",
    where: (q) => ({ OR: [{ number: containing(q) }, { partner: { legalName: containing(q) } }] }),
  },
  row: (sow) => ({
    id: sow.id,
    number: sow.number,
    partnerName: sow.partner.legalName,
    status: sow.status,
    amountCents: sow.amountCents,
    authorizedCents: sow.authorizedCents,
    invoicedCents: sow.invoicedCents,
    remainingCents: remainingFundsCents(sow),
  }),
  columns: [
    { id: "number", header: "SOW", href: "/ps/sows/:id" },
    { id: "partnerName", header: "Partner" },
    { id: "status", header: "Status", format: "status" },
    { id: "amountCents", header: "Amount", format: "money" },
    { id: "authorizedCents", header: "Authorized", format: "money" },
    { id: "invoicedCents", header: "Invoiced", format: "money" },
    { id: "remainingCents", header: "Remaining", format: "money" },
  ],
});
