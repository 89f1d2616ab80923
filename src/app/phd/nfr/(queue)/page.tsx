import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { nfrRequestQueue } from "@/server/nfr/nfr-queue-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "NFR requests" };

export default async function NfrRequestQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(nfrRequestQueue.capability);
  const requests = await loadListPage(nfrRequestQueue, user, await searchParams);
  return (
    <>
      <PageHeader
        title="NFR requests"
        description="The NFR license requests of the partners you decide for, oldest first, with the three eligibility checks as they stand now."
        actions={
          <Link href="/phd/nfr/licenses" className="text-sm font-medium text-blue-700 hover:underline">
            NFR licenses
          </Link>
        }
      />
      <DataTable list={requests} />
    </>
  );
}
