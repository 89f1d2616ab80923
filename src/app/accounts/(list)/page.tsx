import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { partnerList } from "@/server/partners/partner-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Accounts" };

const DESCRIPTIONS: Record<string, string> = {
  CAM: "The partner accounts you own.",
  PHD: "The partner accounts of your region.",
};

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(partnerList.capability);
  const partners = await loadListPage(partnerList, user, await searchParams);
  return (
    <>
      <PageHeader title="Accounts" description={DESCRIPTIONS[user.role] ?? "Every partner account."} />
      <DataTable list={partners} />
    </>
  );
}
