import type { Metadata } from "next";
import { Role } from "@/generated/prisma/enums";
import { requireCapability } from "@/server/auth/session";
import { listUsers, parseUserListQuery } from "@/server/users/list-users";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { ROLE_LABELS } from "@/lib/roles";

export const metadata: Metadata = { title: "Users" };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("users.manage");
  const { params, filters } = parseUserListQuery(await searchParams);
  const users = await listUsers(user, params, filters);
  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who can sign in to the portal."
      />
      <DataTable
        caption="Users"
        columns={[
          { id: "name", header: "Name", sortable: true },
          { id: "email", header: "Email", sortable: true },
          { id: "role", header: "Role", sortable: true },
          { id: "partnerName", header: "Company" },
          { id: "status", header: "Status", format: "status" },
          { id: "lastSignInAt", header: "Last sign-in", format: "datetime", sortable: true },
        ]}
        data={{ ...users, rows: users.rows.map((row) => ({ ...row, role: ROLE_LABELS[row.role] })) }}
        params={params}
        searchLabel="Search users"
        filters={[{ name: "role", label: "Role", options: Object.values(Role).map((role) => ({ value: role, label: ROLE_LABELS[role] })) }]}
        emptyMessage="No users yet."
        exportHref="/admin/export"
      />
    </>
  );
}
