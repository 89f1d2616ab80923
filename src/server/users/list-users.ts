import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { pageArgs, type ListParams, type Page } from "@/server/list-params";

export const USER_SORTS = ["name", "email", "role", "lastSignInAt", "createdAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
  partner: { select: { legalName: true } },
} satisfies Prisma.UserSelect;

export type UserRow = Omit<Prisma.UserGetPayload<{ select: typeof userRowSelect }>, "partner"> & { partnerName: string | null };

/** Every user of the portal, for channel operations admins. */
export async function listUsers(user: SessionUser, params: ListParams<UserSort>, filters: { role?: Role } = {}): Promise<Page<UserRow>> {
  authorize(user, ["ADMIN"]);
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(params.q
      ? { OR: [{ name: { contains: params.q, mode: "insensitive" } }, { email: { contains: params.q, mode: "insensitive" } }] }
      : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.user.findMany({ where, select: userRowSelect, orderBy: [{ [params.sort]: params.sort === "lastSignInAt" ? { sort: params.dir, nulls: "last" } : params.dir }, { id: "asc" }], ...pageArgs(params) }),
    prisma.user.count({ where }),
  ]);
  return {
    rows: rows.map(({ partner, ...row }) => ({ ...row, partnerName: partner?.legalName ?? null })),
    total,
    page: params.page,
    pageSize: params.pageSize,
  };
}
