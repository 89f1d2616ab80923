import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { LegalRequestStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { pageArgs, parseFilter, parseListParams, type ListParams, type Page } from "@/server/list-params";

type SearchParams = Parameters<typeof parseListParams>[0];

export const LEGAL_REQUEST_SORTS = ["createdAt", "updatedAt", "status"] as const;
export type LegalRequestSort = (typeof LEGAL_REQUEST_SORTS)[number];

export interface LegalRequestFilters {
  status?: LegalRequestStatus;
}

const legalRequestRowSelect = {
  id: true,
  createdAt: true,
  updatedAt: true,
  status: true,
  reason: true,
  partner: { select: { legalName: true } },
  version: { select: { version: true, template: { select: { name: true } } } },
} satisfies Prisma.LegalRequestSelect;

export interface LegalRequestRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  status: LegalRequestStatus;
  reason: string;
  partnerName: string;
  agreement: string;
}

/** The list's sort and status filter as the URL gives them: the oldest request first, so nothing waits unseen. */
export function parseLegalRequestListQuery(query: SearchParams): { params: ListParams<LegalRequestSort>; filters: LegalRequestFilters } {
  return {
    params: parseListParams(query, { sortable: LEGAL_REQUEST_SORTS, defaultSort: "createdAt", defaultDir: "asc" }),
    filters: { status: parseFilter(query, "status", Object.values(LegalRequestStatus)) },
  };
}

/** Every company's legal requests, for channel operations admins. `q` matches the company's name. */
export async function listLegalRequests(user: SessionUser, params: ListParams<LegalRequestSort>, filters: LegalRequestFilters = {}): Promise<Page<LegalRequestRow>> {
  authorize(user, "legalRequests.manage");
  const where: Prisma.LegalRequestWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(params.q ? { partner: { legalName: { contains: params.q, mode: "insensitive" } } } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.legalRequest.findMany({ where, select: legalRequestRowSelect, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], ...pageArgs(params) }),
    prisma.legalRequest.count({ where }),
  ]);
  return {
    rows: rows.map(({ partner, version, ...row }) => ({ ...row, partnerName: partner.legalName, agreement: `${version.template.name} v${version.version}` })),
    total,
    page: params.page,
    pageSize: params.pageSize,
  };
}
