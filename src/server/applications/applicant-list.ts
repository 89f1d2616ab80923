import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope, scopeOf, type SessionUser } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { ageInDays, regionsReviewedBy } from "@/server/applications/rules";
import { humanize } from "@/lib/humanize";

/**
 * The queue holds applications waiting for a decision, and says so; "All" adds the decided ones, and each status is a
 * filter of its own.
 */
const STATUS_CHOICES = ["ALL", "SUBMITTED", "IN_REVIEW", "AUTHORIZED", "DENIED"] as const;
const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW"] as const;

/** The regions whose applicants this reviewer can see: a PHD's desk (AMER also takes Public sector), an admin's all. */
async function reviewedRegions(user: SessionUser): Promise<readonly Region[]> {
  return scopeOf(user.role, "applicants.review") === "region" && user.region ? regionsReviewedBy(user.region) : Object.values(Region);
}
/** The applicants of the PHD's region (an admin's: all), oldest first: the desk works the queue in the order partners applied. */
export const applicantList = defineList({
  capability: "applicants.review",
  path: "/phd/applicants",
  caption: "Applicant queue",
  emptyMessage: "No applications are waiting. New ones appear here as partners apply.",
  scope: partnerScope,
  findMany: (query: ListQuery<Prisma.PartnerWhereInput, Prisma.PartnerOrderByWithRelationInput>) =>
    prisma.partner.findMany({
      ...query,
      select: { id: true, legalName: true, region: true, tier: true, tracks: true, status: true, submittedAt: true, decidedAt: true },
    }),
  // An admin filtering for decided applications counts across every partner, so the count is capped like the other lists.
  count: (query) => prisma.partner.count(query),
  sorts: ["submittedAt", "legalName", "region", "status"],
  defaultSort: "submittedAt",
  defaultDir: "asc",
  search: { label: "Search applicants", where: (q) => ({ legalName: containing(q) }) },
  filters: {
    status: selectFilter({
      label: "Status",
      values: STATUS_CHOICES,
      optionLabel: (choice) => (choice === "ALL" ? "All" : humanize(choice)),
      where: (choice): Prisma.PartnerWhereInput => (choice === "ALL" ? {} : { status: choice }),
      otherwise: { status: { in: [...OPEN_STATUSES] } },
      defaultLabel: "Awaiting decision",
    }),
    region: selectFilter({ label: "Region", values: reviewedRegions, where: (region): Prisma.PartnerWhereInput => ({ region }) }),
  },
  row: (partner) => ({
    id: partner.id,
    legalName: partner.legalName,
    submittedAt: partner.submittedAt,
    ageDays: ageInDays(partner.submittedAt, new Date(), partner.decidedAt),
    decidedAt: partner.decidedAt,
    tracks: partner.tracks.map(humanize),
    tier: partner.tier,
    region: partner.region,
    status: partner.status,
  }),
  columns: [
    { id: "legalName", header: "Applicant", href: "/phd/applicants/:id" },
    { id: "submittedAt", header: "Submitted", format: "date" },
    // A decided application's age stops at its decision, dated in the next column.
    { id: "ageDays", header: "Age (days)", format: "number" },
    { id: "decidedAt", header: "Decided", format: "date" },
    { id: "tracks", header: "Tracks" },
    { id: "tier", header: "Requested tier", format: "enum" },
    { id: "region", header: "Region", format: "enum" },
    { id: "status", header: "Status", format: "status" },
  ],
});
