import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { csvDate } from "@/server/csv/stream-csv";
import type { ListParams } from "@/server/list-params";
import { keysetBatches } from "@/server/csv/keyset-batches";
import { userListWhere, type UserFilters, type UserSort } from "@/server/users/list-users";

/** Rows per query: keeps memory flat however many users there are. */
export const USER_EXPORT_BATCH_SIZE = 1000;

export const USER_EXPORT_HEADER = ["Name", "Email", "Role", "Active", "Company", "Last sign-in", "Created", "ID"];

const userExportSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  lastSignInAt: true,
  createdAt: true,
  partner: { select: { legalName: true } },
} satisfies Prisma.UserSelect;

/**
 * Every user the users list would show for this search and these filters, as CSV cells, for admins only.
 * Read in keyset batches by id (each query starts after the last id seen) so a deep export stays fast and bounded.
 */
export async function* iterateUsersForExport(
  user: SessionUser,
  params: Pick<ListParams<UserSort>, "q">,
  filters: UserFilters,
  batchSize = USER_EXPORT_BATCH_SIZE,
): AsyncGenerator<string[]> {
  authorize(user, "users.manage");
  const where = userListWhere(params, filters);
  const users = keysetBatches(
    (afterId: string | undefined, take) =>
      prisma.user.findMany({ where: afterId ? { AND: [where, { id: { gt: afterId } }] } : where, select: userExportSelect, orderBy: { id: "asc" }, take }),
    (row) => row.id,
    batchSize,
  );
  for await (const row of users) {
    yield [
      row.name,
      row.email,
      row.role,
      row.active ? "yes" : "no",
      row.partner?.legalName ?? "",
      csvDate(row.lastSignInAt),
      csvDate(row.createdAt),
      row.id,
    ];
  }
}
