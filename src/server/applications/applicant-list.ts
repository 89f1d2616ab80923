import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { ageInDays } from "@/server/applications/rules";
import { humanize } from "@/lib/humanize";

/** The queue holds applications waiting for a decision; decided ones are a filter away. */
const APPLICANT_STATUSES = ["SUBMITTED", "IN_REVIEW", "AUTHORIZED", "DENIED"] as const;
const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW"] as const;

/** The applicants of the PHD's region (an admin's: all), oldest first: the desk works the queue in the order partners applied. */
export const applicantList = defineList({
  capability: "applicants.review",
  path: "/phd/applicants",
  caption: "Applicant queue",
  emptyMessage: "No applications are waiting. New ones appear here as partners apply.",
  scope: partnerScope,
  findMany: (query: ListQuery<Prisma.PartnerWhereInput, Prisma.PartnerOrderByWithRelationInput>) =>
    prisma.partner.findMany({ ...query, select: { id: true, legalName: true, region: true, tier: true, tracks: true, status: true, submittedAt: true } }),
  // An admin filtering for decided applications counts across every partner, so the count is capped like the other lists.
  count: (query) => prisma.partner.count(query),
  sorts: ["submittedAt", "legalName", "region", "status"],
  defaultSort: "submittedAt",
  defaultDir: "asc",
  search: { label: "Search applicants", where: (q) => ({ legalName: containing(q) }) },
  filters: {
    status: selectFilter({
      label: "Status",
      values: APPLICANT_STATUSES,
      where: (status): Prisma.PartnerWhereInput => ({ status }),
      otherwise: { status: { in: [...OPEN_STATUSES] } },
    }),
    region: selectFilter({ label: "Region", values: Object.values(Region), where: (region) => ({ region }) }),
  },
  row: (partner) => ({
    id: partner.id,
    legalName: partner.legalName,
    submittedAt: partner.submittedAt,
    ageDays: ageInDays(partner.submittedAt, new Date()),
    tracks: partner.tracks.map(humanize),
    tier: partner.tier,
    region: partner.region,
    status: partner.status,
  }),
  columns: [
    { id: "legalName", header: "Applicant", href: "/phd/applicants/:id" },
    { id: "submittedAt", header: "Submitted", format: "date" },
    { id: "ageDays", header: "Age (days)", format: "number" },
    { id: "tracks", header: "Tracks" },
    { id: "tier", header: "Requested tier", format: "enum" },
    { id: "region", header: "Region", format: "enum" },
    { id: "status", header: "Status", format: "status" },
  ],
});
