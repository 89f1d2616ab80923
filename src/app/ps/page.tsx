import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listPrimeSows, PRIME_SOW_SORTS } from "@/server/subcontracting/list-prime-sows";
import { parseListParams } from "@/server/list-params";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Prime SOWs" };

export default async function PsHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("sows.read");
  const params = parseListParams(await searchParams, { sortable: PRIME_SOW_SORTS, defaultSort: "number" });
  const sows = await listPrimeSows(user, params);
  return (
    <>
      <PageHeader title="Prime SOWs" description="Subcontracting partners' statements of work and the funds left on each." />
      <DataTable
        caption="Prime SOWs"
        columns={[
          { id: "number", header: "SOW", sortable: true },
          { id: "partnerName", header: "Partner" },
          { id: "status", header: "Status", format: "status", sortable: true },
          { id: "amountCents", header: "Amount", format: "money", sortable: true },
          { id: "authorizedCents", header: "Authorized", format: "money" },
          { id: "remainingCents", header: "Remaining", format: "money" },
        ]}
        data={sows}
        params={params}
        searchLabel="Search SOWs"
        emptyMessage="No Prime SOWs yet."
      />
    </>
  );
}
