import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { legalRequestList } from "@/server/agreements/legal-request-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Legal requests" };

export default async function LegalRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(legalRequestList.capability);
  const requests = await loadListPage(legalRequestList, user, await searchParams);
  return (
    <>
      <PageHeader title="Legal requests" description="Companies that asked to negotiate an agreement instead of accepting it. Oldest first." />
      <DataTable list={requests} />
    </>
  );
}
