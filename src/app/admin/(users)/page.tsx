import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { userList } from "@/server/users/user-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Users" };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(userList.capability);
  const users = await loadListPage(userList, user, await searchParams);
  return (
    <>
      <PageHeader title="Users" description="Everyone who can sign in to the portal." />
      <DataTable list={users} />
    </>
  );
}
