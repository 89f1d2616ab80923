import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { PartnerStatus, PartnerTier, Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, parseFilter, parseListParams, type ListParams, type Page } from "@/server/list-params";

type SearchParams = Parameters<typeof parseListParams>[0];

export const PARTNER_SORTS = ["legalName", "submittedAt", "tier", "region", "status", "lastPhdReviewAt"] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export interface PartnerFilters {
  status?: PartnerStatus | PartnerStatus[];
  tier?: PartnerTier;
  region?: Region;
}

export const partnerRowSelect = {
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

export type PartnerRow = Omit<Prisma.PartnerGetPayload<{ select: typeof partnerRowSelect }>, "camOwner"> & { camOwnerName: string | null };

/** The accounts list's sort, search and filters as the URL gives them; the page and its CSV export both read it here. */
export function parsePartnerListQuery(query: SearchParams): { params: ListParams<PartnerSort>; filters: PartnerFilters } {
  return {
    params: parseListParams(query, { sortable: PARTNER_SORTS, defaultSort: "legalName" }),
    filters: {
      status: parseFilter(query, "status", Object.values(PartnerStatus)),
      tier: parseFilter(query, "tier", Object.values(PartnerTier)),
      region: parseFilter(query, "region", Object.values(Region)),
    },
  };
}

/** Which partners a list shows: the user's scope narrowed by the search and filters. The export uses it too. */
export function partnerListWhere(user: SessionUser, params: Pick<ListParams<PartnerSort>, "q">, filters: PartnerFilters): Prisma.PartnerWhereInput {
  return {
    AND: [
      partnerScope(user, "accounts.read"),
      filters.status ? { status: Array.isArray(filters.status) ? { in: filters.status } : filters.status } : {},
      filters.tier ? { tier: filters.tier } : {},
      filters.region ? { region: filters.region } : {},
      params.q ? { legalName: { contains: params.q, mode: "insensitive" } } : {},
    ],
  };
}

/** The partners the user may see, one page at a time. */
export async function listPartners(user: SessionUser, params: ListParams<PartnerSort>, filters: PartnerFilters = {}): Promise<Page<PartnerRow>> {
  const where = partnerListWhere(user, params, filters);
  const [rows, count] = await Promise.all([
    prisma.partner.findMany({
      where,
      select: partnerRowSelect,
      orderBy: [{ [params.sort]: params.sort === "lastPhdReviewAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }],
      ...pageArgs(params),
    }),
    countUpTo((limit) => prisma.partner.count({ where, ...limit })),
  ]);
  return {
    rows: rows.map(({ camOwner, ...row }) => ({ ...row, camOwnerName: camOwner?.name ?? null })),
    ...count,
    page: params.page,
    pageSize: params.pageSize,
  };
}
