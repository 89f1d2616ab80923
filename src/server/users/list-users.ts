import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Role } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, parseFilter, parseListParams, type ListParams, type Page } from "@/server/list-params";

type SearchParams = Parameters<typeof parseListParams>[0];

export const USER_SORTS = ["name", "email", "role", "lastSignInAt", "createdAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export interface UserFilters {
  role?: Role;
}

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
  partner: { select: { legalName: true } },
} satisfies Prisma.UserSelect;

export type UserRow = Omit<Prisma.UserGetPayload<{ select: typeof userRowSelect }>, "partner" | "active"> & {
  partnerName: string | null;
  status: "ACTIVE" | "INACTIVE";
};

/** The users list's sort, search and filters as the URL gives them; the page and its CSV export both read it here. */
export function parseUserListQuery(query: SearchParams): { params: ListParams<UserSort>; filters: UserFilters } {
  return {
    params: parseListParams(query, { sortable: USER_SORTS, defaultSort: "name" }),
    filters: { role: parseFilter(query, "role", Object.values(Role)) },
  };
}

/** Which users a list shows for this search and these filters. The export uses it too. */
export function userListWhere(params: Pick<ListParams<UserSort>, "q">, filters: UserFilters): Prisma.UserWhereInput {
  return {
    ...(filters.role ? { role: filters.role } : {}),
    ...(params.q
      ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { email: { contains: params.q, mode: "insensitive" } }] }
      : {}),
  };
}

/** Every user of the portal, for channel operations admins. */
export async function listUsers(user: SessionUser, params: ListParams<UserSort>, filters: UserFilters = {}): Promise<Page<UserRow>> {
  authorize(user, "users.manage");
  const where = userListWhere(params, filters);
  const [rows, count] = await Promise.all([
    prisma.user.findMany({ where, select: userRowSelect, orderBy: [{ [params.sort]: params.sort === "lastSignInAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }], ...pageArgs(params) }),
    countUpTo((limit) => prisma.user.count({ where, ...limit })),
  ]);
  return {
    rows: rows.map(({ partner, active, ...row }) => ({ ...row, partnerName: partner?.legalName ?? null, status: active ? "ACTIVE" : "INACTIVE" })),
    ...count,
    page: params.page,
    pageSize: params.pageSize,
  };
}
