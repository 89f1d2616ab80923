import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { can, ownPartnerId } from "@/server/auth/policy";
import { containing, defineList, type ListQuery } from "@/server/lists/define-list";
import { personRowSelect } from "@/server/users/user-list";

/** The people of the signed-in user's company, active or not; a partner admin opens each to manage them. */
export const partnerUserList = defineList({
  capability: "company.read",
  path: "/partner/company",
  caption: "Company users",
  emptyMessage: "No users yet.",
  findMany: (query: ListQuery<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>) => prisma.user.findMany({ ...query, select: personRowSelect }),
  count: (query) => prisma.user.count(query),
  scope: (user) => ({ partnerId: ownPartnerId(user) }),
  sorts: ["name", "email", "role", "lastSignInAt"],
  defaultSort: "name",
  nullsLast: ["lastSignInAt"],
  search: {
    label: "Search users",
    where: (q) => ({ OR: [{ name: containing(q) }, { email: containing(q) }] }),
  },
  row: ({ active, ...user }) => ({ ...user, status: active ? "ACTIVE" : "INACTIVE" }),
  columns: [
    { id: "name", header: "Name", href: (user) => (can(user, "company.manage") ? "/partner/company/users/:id" : undefined) },
    { id: "email", header: "Email" },
    { id: "role", header: "Role", format: "enum" },
    { id: "status", header: "Status", format: "status" },
    { id: "lastSignInAt", header: "Last sign-in", format: "datetime" },
  ],
});
