import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { primeSowList } from "@/server/subcontracting/prime-sow-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Prime SOWs" };

export default async function PrimeSowsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(primeSowList.capability);
  const sows = await loadListPage(primeSowList, user, await searchParams);
  return (
    <>
      <PageHeader title="Prime SOWs" description="Subcontracting partners' statements of work and the funds left on each." />
      <DataTable list={sows} />
    </>
  );
}
