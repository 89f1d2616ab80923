import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { PartnerStatus, PartnerTier, Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";

type PartnerQuery = ListQuery<Prisma.PartnerWhereInput, Prisma.PartnerOrderByWithRelationInput>;

const partnerRowSelect = {
  id: true,
  legalName: true,
  tier: true,
  region: true,
  status: true,
  tracks: true,
  submittedAt: true,
  lastPhdReviewAt: true,
  camOwner: { select: { name: true } },
} satisfies Prisma.PartnerSelect;

const findPartners = (query: PartnerQuery) => prisma.partner.findMany({ ...query, select: partnerRowSelect });

/** The partner accounts in the user's scope (a CAM: owned; a PHD: the region; an admin: all), with their CSV export. */
export const partnerList = defineList({
  capability: "accounts.read",
  path: "/accounts",
  caption: "Accounts",
  emptyMessage: "No partner accounts here yet. A CAM's accounts appear when an approval or an admin makes them the owner; a PHD sees the region's.",
  findMany: findPartners,
  count: (query) => prisma.partner.count(query),
  scope: partnerScope,
  sorts: ["legalName", "submittedAt", "tier", "region", "status", "lastPhdReviewAt"],
  defaultSort: "legalName",
  nullsLast: ["lastPhdReviewAt"],
  search: { label: "Search partners", where: (q) => ({ legalName: containing(q) }) },
  filters: {
    status: selectFilter({ label: "Status", values: Object.values(PartnerStatus), where: (status) => ({ status }) }),
    tier: selectFilter({ label: "Tier", values: Object.values(PartnerTier), where: (tier) => ({ tier }) }),
    region: selectFilter({ label: "Region", values: Object.values(Region), where: (region) => ({ region }) }),
  },
  row: (partner) => ({
    id: partner.id,
    legalName: partner.legalName,
    tier: partner.tier,
    region: partner.region,
    status: partner.status,
    lastPhdReviewAt: partner.lastPhdReviewAt,
  }),
  columns: [
    { id: "legalName", header: "Partner", href: "/accounts/:id" },
    { id: "tier", header: "Tier", format: "enum" },
    { id: "region", header: "Region", format: "enum" },
    { id: "status", header: "Status", format: "status" },
    { id: "lastPhdReviewAt", header: "Last PHD review", format: "date" },
  ],
  csv: {
    path: "/accounts/export",
    filename: "accounts",
    findMany: findPartners,
    columns: [
      { header: "Partner", cell: (partner) => partner.legalName },
      { header: "Tier", cell: (partner) => partner.tier },
      { header: "Region", cell: (partner) => partner.region },
      { header: "Status", cell: (partner) => partner.status },
      { header: "Tracks", cell: (partner) => partner.tracks.join(" ") },
      { header: "Submitted", cell: (partner) => csvDate(partner.submittedAt) },
      { header: "Last PHD review", cell: (partner) => csvDate(partner.lastPhdReviewAt) },
      { header: "CAM owner", cell: (partner) => partner.camOwner?.name ?? "" },
      { header: "ID", cell: (partner) => partner.id },
    ],
  },
});
