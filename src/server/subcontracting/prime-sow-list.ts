import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, type ListQuery } from "@/server/lists/define-list";

/** Prime SOWs of the subcontracting partners, with the funds authorized against each and what is left. */
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
        partner: { select: { legalName: true } },
        // About ten per SOW; with relation joins they come in the same statement as the page's SOWs, summed below.
        workAuthorizations: { where: { status: { not: "CANCELLED" } }, select: { amountCents: true } },
      },
    }),
  count: (query) => prisma.primeSow.count(query),
  sorts: ["number", "status", "amountCents", "createdAt"],
  defaultSort: "number",
  search: {
    label: "Search SOWs",
    where: (q) => ({ OR: [{ number: containing(q) }, { partner: { legalName: containing(q) } }] }),
  },
  row: (sow) => {
    const authorizedCents = sow.workAuthorizations.reduce((sum, authorization) => sum + authorization.amountCents, 0);
    return {
      id: sow.id,
      number: sow.number,
      partnerName: sow.partner.legalName,
      status: sow.status,
      amountCents: sow.amountCents,
      authorizedCents,
      remainingCents: sow.amountCents - authorizedCents,
    };
  },
  columns: [
    { id: "number", header: "SOW", href: "/ps/sows/:id" },
    { id: "partnerName", header: "Partner" },
    { id: "status", header: "Status", format: "status" },
    { id: "amountCents", header: "Amount", format: "money" },
    { id: "authorizedCents", header: "Authorized", format: "money" },
    { id: "remainingCents", header: "Remaining", format: "money" },
  ],
});
