import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PartnerStatus, PartnerTier, Region } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { pageArgs, type ListParams, type Page } from "@/server/list-params";

export const PARTNER_SORTS = ["legalName", "submittedAt", "tier", "region", "status", "lastPhdReviewAt"] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export interface PartnerFilters {
  status?: PartnerStatus | PartnerStatus[];
  tier?: PartnerTier;
  region?: Region;
}

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

export type PartnerRow = Omit<Prisma.PartnerGetPayload<{ select: typeof partnerRowSelect }>, "camOwner"> & { camOwnerName: string | null };

/** The partners the user may see, one page at a time. */
export async function listPartners(user: SessionUser, params: ListParams<PartnerSort>, filters: PartnerFilters = {}): Promise<Page<PartnerRow>> {
  const where: Prisma.PartnerWhereInput = {
    AND: [
      partnerScope(user),
      filters.status ? { status: Array.isArray(filters.status) ? { in: filters.status } : filters.status } : {},
      filters.tier ? { tier: filters.tier } : {},
      filters.region ? { region: filters.region } : {},
      params.q ? { legalName: { contains: params.q, mode: "insensitive" } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.partner.findMany({
      where,
      select: partnerRowSelect,
      orderBy: [{ [params.sort]: params.sort === "lastPhdReviewAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }],
      ...pageArgs(params),
    }),
    prisma.partner.count({ where }),
  ]);
  return {
    rows: rows.map(({ camOwner, ...row }) => ({ ...row, camOwnerName: camOwner?.name ?? null })),
    total,
    page: params.page,
    pageSize: params.pageSize,
  };
}
