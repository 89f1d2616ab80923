import type { Metadata } from "next";
import { requireArea } from "@/server/auth/session";
import { listPartners, PARTNER_SORTS } from "@/server/partners/list-partners";
import { parseListParams } from "@/server/list-params";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { humanize } from "@/components/status-badge";

export const metadata: Metadata = { title: "Applicant queue" };

export default async function PhdHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("phd");
  const params = parseListParams(await searchParams, { sortable: PARTNER_SORTS, defaultSort: "submittedAt" });
  const applicants = await listPartners(user, params, { status: ["SUBMITTED", "IN_REVIEW"] });
  const scope = user.region ? `${humanize(user.region)} region` : "all regions";
  return (
    <>
      <PageHeader title="Applicant queue" description={`Applications waiting for review in the ${scope}, oldest first.`} />
      <DataTable
        caption="Applicant queue"
        columns={[
          { id: "legalName", header: "Applicant", sortable: true },
          { id: "submittedAt", header: "Submitted", format: "date", sortable: true },
          { id: "tier", header: "Requested tier", format: "enum" },
          { id: "region", header: "Region", format: "enum" },
          { id: "status", header: "Status", format: "status", sortable: true },
        ]}
        data={applicants}
        params={params}
        searchLabel="Search applicants"
        emptyMessage="No applications are waiting. New ones appear here as partners apply."
      />
    </>
  );
}
