import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { partnerList } from "@/server/partners/partner-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "My accounts" };

export default async function CamHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(partnerList.capability);
  const partners = await loadListPage(partnerList, user, await searchParams);
  return (
    <>
      <PageHeader title="My accounts" description="The partner accounts you own." />
      <DataTable list={partners} />
    </>
  );
}
