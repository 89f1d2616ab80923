import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { Role } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { ROLE_LABELS } from "@/lib/roles";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";

type UserQuery = ListQuery<Prisma.UserWhereInput, Prisma.UserOrderByWithRelationInput>;

/** What a list of people shows of each: the users list, and a company's own people. */
export const personRowSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
} satisfies Prisma.UserSelect;

const userRowSelect = { ...personRowSelect, partner: { select: { legalName: true } } } satisfies Prisma.UserSelect;

const userExportSelect = { ...userRowSelect, createdAt: true } satisfies Prisma.UserSelect;

/** Every user of the portal, for channel operations admins. */
export const userList = defineList({
  capability: "users.manage",
  path: "/admin",
  caption: "Users",
  emptyMessage: "No users yet.",
  findMany: (query: UserQuery) => prisma.user.findMany({ ...query, select: userRowSelect }),
  count: (query) => prisma.user.count(query),
  sorts: ["name", "email", "role", "lastSignInAt", "createdAt"],
  defaultSort: "name",
  nullsLast: ["lastSignInAt"],
  search: {
    label: "Search users",
    where: (q) => ({ OR: [{ name: containing(q) }, { email: containing(q) }] }),
  },
  filters: {
    role: selectFilter({ label: "Role", values: Object.values(Role), optionLabel: (role) => ROLE_LABELS[role], where: (role) => ({ role }) }),
  },
  row: (user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: ROLE_LABELS[user.role],
    partnerName: user.partner?.legalName ?? null,
    status: user.active ? "ACTIVE" : "INACTIVE",
    lastSignInAt: user.lastSignInAt,
  }),
  columns: [
    { id: "name", header: "Name", href: "/admin/users/:id" },
    { id: "email", header: "Email" },
    { id: "role", header: "Role" },
    { id: "partnerName", header: "Company" },
    { id: "status", header: "Status", format: "status" },
    { id: "lastSignInAt", header: "Last sign-in", format: "datetime" },
  ],
  csv: {
    path: "/admin/export",
    filename: "users",
    findMany: (query: UserQuery) => prisma.user.findMany({ ...query, select: userExportSelect }),
    columns: [
      { header: "Name", cell: (user) => user.name },
      { header: "Email", cell: (user) => user.email },
      { header: "Role", cell: (user) => user.role },
      { header: "Active", cell: (user) => (user.active ? "yes" : "no") },
      { header: "Company", cell: (user) => user.partner?.legalName ?? "" },
      { header: "Last sign-in", cell: (user) => csvDate(user.lastSignInAt) },
      { header: "Created", cell: (user) => csvDate(user.createdAt) },
      { header: "ID", cell: (user) => user.id },
    ],
  },
});
