import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listApplicants, parseApplicantListQuery, APPLICANT_STATUSES } from "@/server/applications/list-applicants";
import { regionsReviewedBy } from "@/server/applications/rules";
import { Region } from "@/generated/prisma/enums";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { enumOptions } from "@/components/enum-options";
import { humanize } from "@/lib/humanize";

export const metadata: Metadata = { title: "Applicant queue" };

export default async function ApplicantQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("applicants.review");
  const { params, filters } = parseApplicantListQuery(await searchParams);
  const applicants = await listApplicants(user, params, filters);
  const reviewed = user.role === "PHD" && user.region ? regionsReviewedBy(user.region).map(humanize) : [];
  const scope = reviewed.length === 0 ? "all regions" : reviewed.length === 1 ? `the ${reviewed[0]} region` : `the ${reviewed.join(" and ")} regions`;
  return (
    <>
      <PageHeader title="Applicant queue" description={`Applications waiting for review in ${scope}, oldest first.`} />
      <DataTable
        caption="Applicant queue"
        columns={[
          { id: "legalName", header: "Applicant", sortable: true, href: "/phd/applicants/:id" },
          { id: "submittedAt", header: "Submitted", format: "date", sortable: true },
          { id: "ageDays", header: "Age (days)", format: "number" },
          { id: "tracks", header: "Tracks" },
          { id: "tier", header: "Requested tier", format: "enum" },
          { id: "region", header: "Region", format: "enum", sortable: true },
          { id: "status", header: "Status", format: "status", sortable: true },
        ]}
        data={{ ...applicants, rows: applicants.rows.map((row) => ({ ...row, tracks: row.tracks.map(humanize) })) }}
        params={params}
        searchLabel="Search applicants"
        filters={[
          { name: "status", label: "Status", options: enumOptions(APPLICANT_STATUSES) },
          { name: "region", label: "Region", options: enumOptions(Object.values(Region)) },
        ]}
        emptyMessage="No applications are waiting. New ones appear here as partners apply."
      />
    </>
  );
}
