import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { remainingFundsCents } from "@/server/subcontracting/rules";
import { latestSubcontractAgreementVersionIds } from "@/server/subcontracting/subcontract-agreements";
import { formatMoney } from "@/lib/format";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";

type PartnerQuery = ListQuery<Prisma.PartnerWhereInput, Prisma.PartnerOrderByWithRelationInput>;

/**
 * The subcontracting partners of the page, with whether their MSA and DPA (latest published versions) are executed
 * and their active SOWs' kept sums: the versions in one statement, the partners with those joined in a second.
 */
async function findSubcontractors(query: PartnerQuery) {
  const versions = await latestSubcontractAgreementVersionIds(prisma);
  const versionIds = [versions.MSA, versions.DPA].filter((id): id is string => id !== null);
  const partners = await prisma.partner.findMany({
    ...query,
    select: {
      id: true,
      legalName: true,
      subcontractRelationship: true,
      agreementAcceptances: { where: { versionId: { in: versionIds }, method: "SIGNED_DOCUMENT" }, select: { versionId: true, acceptedAt: true } },
      primeSows: { where: { status: "ACTIVE" }, select: { amountCents: true, invoicedCents: true } },
    },
  });
  return partners.map((partner) => {
    const executed = (versionId: string | null) => partner.agreementAcceptances.find((acceptance) => acceptance.versionId === versionId)?.acceptedAt ?? null;
    return {
      ...partner,
      msaExecutedAt: executed(versions.MSA),
      dpaExecutedAt: executed(versions.DPA),
      activeSows: partner.primeSows.length,
      fundsRemainingCents: partner.primeSows.reduce((sum, sow) => sum + remainingFundsCents(sow), 0),
    };
  });
}

const agreementText = (executedAt: Date | null) => (executedAt ? "Executed" : "Missing");

/** The partners that subcontract to Professional Services (the PS coordinator's scope; an admin's: every one that does). */
export const subcontractingPartnerList = defineList({
  capability: "sows.read",
  path: "/ps/partners",
  caption: "Subcontracting partners",
  emptyMessage: "No partner subcontracts yet. An admin sets a partner's relationship on its page.",
  // An admin's scope is every partner; this list is of the ones that subcontract.
  scope: (user, capability) => ({ AND: [partnerScope(user, capability), { subcontractRelationship: { not: null } }] }),
  findMany: findSubcontractors,
  count: (query) => prisma.partner.count(query),
  sorts: ["legalName", "subcontractRelationship"],
  defaultSort: "legalName",
  search: { label: "Search partners", where: (q) => ({ legalName: containing(q) }) },
  filters: {
    relationship: selectFilter({
      label: "Relationship",
      values: ["INDIRECT_STAFF_AUGMENTATION", "INDIRECT_PROJECT_BASED", "DIRECT"] as const,
      optionLabel: (relationship) => SUBCONTRACT_RELATIONSHIP_LABELS[relationship],
      where: (relationship): Prisma.PartnerWhereInput => ({ subcontractRelationship: relationship }),
    }),
  },
  row: (partner) => ({
    id: partner.id,
    legalName: partner.legalName,
    relationship: partner.subcontractRelationship ? SUBCONTRACT_RELATIONSHIP_LABELS[partner.subcontractRelationship] : null,
    msa: agreementText(partner.msaExecutedAt),
    dpa: agreementText(partner.dpaExecutedAt),
    activeSows: partner.activeSows,
    fundsRemainingCents: partner.fundsRemainingCents,
  }),
  columns: [
    { id: "legalName", header: "Partner", href: "/ps/partners/:id" },
    { id: "relationship", header: "Relationship" },
    { id: "msa", header: "MSA" },
    { id: "dpa", header: "DPA" },
    { id: "activeSows", header: "Active SOWs", format: "number" },
    { id: "fundsRemainingCents", header: "Funds remaining", format: "money" },
  ],
  csv: {
    path: "/ps/partners/export",
    filename: "subcontracting-partners",
    findMany: findSubcontractors,
    columns: [
      { header: "Partner", cell: (partner) => partner.legalName },
      { header: "Relationship", cell: (partner) => (partner.subcontractRelationship ? SUBCONTRACT_RELATIONSHIP_LABELS[partner.subcontractRelationship] : "") },
      { header: "MSA executed", cell: (partner) => partner.msaExecutedAt?.toISOString().slice(0, 10) ?? "Missing" },
      { header: "DPA executed", cell: (partner) => partner.dpaExecutedAt?.toISOString().slice(0, 10) ?? "Missing" },
      { header: "Active SOWs", cell: (partner) => String(partner.activeSows) },
      { header: "Funds remaining", cell: (partner) => formatMoney(partner.fundsRemainingCents) },
      { header: "ID", cell: (partner) => partner.id },
    ],
  },
});
