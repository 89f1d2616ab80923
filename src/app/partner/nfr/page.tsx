import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import type { SearchParams } from "@/server/lists/define-list";
import { partnerNfrLicenseList } from "@/server/nfr/nfr-license-list";
import { partnerNfrRequestList } from "@/server/nfr/nfr-request-list";
import { PageHeader } from "@/components/page-header";
import { NfrFilingPage } from "@/app/nfr/filing-page";

export const metadata: Metadata = { title: "NFR licenses" };

export default async function PartnerNfrPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The partner area's own capability, as its nav link asks; the lists read with nfr.read and the form files with
  // nfr.request, which a partner user holds over the same company.
  const user = await requireCapability("company.read");
  return (
    <>
      <PageHeader
        title="NFR licenses"
        description="Not-for-resale licenses for your company's demos, labs and training: request one, follow your requests and renew your licenses."
      />
      <NfrFilingPage
        user={user}
        searchParams={await searchParams}
        requestList={partnerNfrRequestList}
        licenseList={partnerNfrLicenseList}
        choosePartner={false}
      />
    </>
  );
}
