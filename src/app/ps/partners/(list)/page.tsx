import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { subcontractingPartnerList } from "@/server/subcontracting/subcontracting-partner-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Subcontracting partners" };

export default async function SubcontractingPartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(subcontractingPartnerList.capability);
  const partners = await loadListPage(subcontractingPartnerList, user, await searchParams);
  return (
    <>
      <PageHeader
        title="Subcontracting partners"
        description="Partners that deliver Professional Services work: their agreements, active SOWs and the funds left on them."
      />
      <DataTable list={partners} />
    </>
  );
}
