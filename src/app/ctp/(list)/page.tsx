import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { ctpTrackingList } from "@/server/ctp/ctp-tracking-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "CTP trackings" };

export default async function CtpTrackingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(ctpTrackingList.capability);
  const trackings = await loadListPage(ctpTrackingList, user, await searchParams);
  return (
    <>
      <PageHeader title="CTP trackings" description="Certified Training Partner trackings: each must be complete within 6 months of its start, or it locks." />
      <DataTable list={trackings} />
    </>
  );
}
