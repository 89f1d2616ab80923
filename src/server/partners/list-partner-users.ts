import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { pageArgs, parseListParams, type ListParams, type Page } from "@/server/list-params";

export const PARTNER_USER_SORTS = ["name", "email", "role", "lastSignInAt"] as const;
export type PartnerUserSort = (typeof PARTNER_USER_SORTS)[number];

export const partnerUserRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
} satisfies Prisma.UserSelect;

export type PartnerUserRow = Omit<Prisma.UserGetPayload<{ select: typeof partnerUserRowSelect }>, "active"> & { status: "ACTIVE" | "INACTIVE" };

export function parsePartnerUserListQuery(query: Record<string, string | string[] | undefined>): ListParams<PartnerUserSort> {
  return parseListParams(query, { sortable: PARTNER_USER_SORTS, defaultSort: "name" });
}

/** The people of the signed-in user's company, active or not, one page at a time. */
export async function listPartnerUsers(user: SessionUser, params: ListParams<PartnerUserSort>): Promise<Page<PartnerUserRow>> {
  const where: Prisma.UserWhereInput = {
    partnerId: ownPartnerId(user),
    ...(params.q ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { email: { contains: params.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.user.findMany({
      where,
      select: partnerUserRowSelect,
      orderBy: [{ [params.sort]: params.sort === "lastSignInAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }],
      ...pageArgs(params),
    }),
    prisma.user.count({ where }),
  ]);
  return {
    rows: rows.map(({ active, ...row }) => ({ ...row, status: active ? "ACTIVE" : "INACTIVE" })),
    total,
    page: params.page,
    pageSize: params.pageSize,
  };
}
