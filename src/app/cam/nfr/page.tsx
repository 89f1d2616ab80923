import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import type { SearchParams } from "@/server/lists/define-list";
import { camNfrLicenseList } from "@/server/nfr/nfr-license-list";
import { camNfrRequestList } from "@/server/nfr/nfr-request-list";
import { PageHeader } from "@/components/page-header";
import { NfrFilingPage } from "@/app/nfr/filing-page";

export const metadata: Metadata = { title: "NFR licenses" };

export default async function CamNfrPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The CAM area's own capability, as its nav link asks (partner users hold nfr.request too); the lists read with
  // nfr.read and the form files with nfr.request, both over the CAM's owned accounts.
  const user = await requireCapability("accounts.own");
  return (
    <>
      <PageHeader
        title="NFR licenses"
        description="Request not-for-resale licenses for the accounts you own, follow their requests and renew their licenses."
      />
      <NfrFilingPage user={user} searchParams={await searchParams} requestList={camNfrRequestList} licenseList={camNfrLicenseList} choosePartner />
    </>
  );
}
