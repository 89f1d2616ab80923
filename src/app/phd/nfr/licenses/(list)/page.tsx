import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { regionNfrLicenseList } from "@/server/nfr/region-nfr-license-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "NFR licenses" };

export default async function RegionNfrLicensesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(regionNfrLicenseList.capability);
  const licenses = await loadListPage(regionNfrLicenseList, user, await searchParams);
  return (
    <>
      <PageHeader
        back={{ href: "/phd/nfr", label: "NFR requests" }}
        title="NFR licenses"
        description="The NFR licenses of the partners you decide for, soonest expiry first. Open one to revoke it."
      />
      <DataTable list={licenses} />
    </>
  );
}
