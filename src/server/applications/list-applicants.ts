import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, parseFilter, parseListParams, type ListParams, type Page } from "@/server/list-params";
import { ageInDays } from "@/server/applications/rules";

type SearchParams = Parameters<typeof parseListParams>[0];

export const APPLICANT_SORTS = ["submittedAt", "legalName", "region", "status"] as const;
export type ApplicantSort = (typeof APPLICANT_SORTS)[number];
/** The queue holds applications waiting for a decision; decided ones are a filter away. */
export const APPLICANT_STATUSES = ["SUBMITTED", "IN_REVIEW", "AUTHORIZED", "DENIED"] as const;
const OPEN_STATUSES = ["SUBMITTED", "IN_REVIEW"] as const;

export interface ApplicantFilters {
  status?: (typeof APPLICANT_STATUSES)[number];
  region?: Region;
}

export interface ApplicantRow {
  id: string;
  legalName: string;
  region: Region;
  tier: string;
  tracks: string[];
  status: string;
  submittedAt: Date;
  ageDays: number;
  [key: string]: unknown;
}

export function parseApplicantListQuery(query: SearchParams): { params: ListParams<ApplicantSort>; filters: ApplicantFilters } {
  return {
    // Oldest first: the desk works the queue in the order partners applied.
    params: parseListParams(query, { sortable: APPLICANT_SORTS, defaultSort: "submittedAt", defaultDir: "asc" }),
    filters: { status: parseFilter(query, "status", APPLICANT_STATUSES), region: parseFilter(query, "region", Object.values(Region)) },
  };
}

/** The applicants of the PHD's region (an admin's: all), one page at a time. */
export async function listApplicants(user: SessionUser, params: ListParams<ApplicantSort>, filters: ApplicantFilters, now = new Date()): Promise<Page<ApplicantRow>> {
  const where: Prisma.PartnerWhereInput = {
    AND: [
      partnerScope(user, "applicants.review"),
      { status: filters.status ?? { in: [...OPEN_STATUSES] } },
      filters.region ? { region: filters.region } : {},
      params.q ? { legalName: { contains: params.q, mode: "insensitive" } } : {},
    ],
  };
  const [rows, count] = await Promise.all([
    prisma.partner.findMany({
      where,
      select: { id: true, legalName: true, region: true, tier: true, tracks: true, status: true, submittedAt: true },
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      ...pageArgs(params),
    }),
    // An admin filtering for decided applications counts across every partner, so the count is capped like the other lists.
    countUpTo((limit) => prisma.partner.count({ where, ...limit })),
  ]);
  return { rows: rows.map((row) => ({ ...row, ageDays: ageInDays(row.submittedAt, now) })), ...count, page: params.page, pageSize: params.pageSize };
}
