import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { applicantList } from "@/server/applications/applicant-list";
import { regionsReviewedBy } from "@/server/applications/rules";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { humanize } from "@/lib/humanize";
import { can } from "@/server/auth/policy";
import { AwardCasesWaiting } from "./award-cases-waiting";

export const metadata: Metadata = { title: "Applicant queue" };

export default async function ApplicantQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(applicantList.capability);
  const applicants = await loadListPage(applicantList, user, await searchParams);
  const reviewed = user.role === "PHD" && user.region ? regionsReviewedBy(user.region).map(humanize) : [];
  const scope = reviewed.length === 0 ? "all regions" : reviewed.length === 1 ? `the ${reviewed[0]} region` : `the ${reviewed.join(" and ")} regions`;
  return (
    <>
      <PageHeader title="Applicant queue" description={`Applications waiting for review in ${scope}, oldest first.`} />
      {can(user, "awards.updateProfile") ? <AwardCasesWaiting user={user} /> : null}
      <DataTable list={applicants} />
    </>
  );
}
