import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { awardCaseList } from "@/server/awards/award-case-list";
import { AWARD_CASE_DAYS } from "@/server/certifications/rules";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Award cases" };

export default async function AwardCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(awardCaseList.capability);
  const cases = await loadListPage(awardCaseList, user, await searchParams);
  return (
    <>
      <PageHeader
        title="Award cases"
        description={`Company certification awards, soonest due first. Each is due ${AWARD_CASE_DAYS} calendar days after it opens.`}
      />
      <DataTable list={cases} />
    </>
  );
}
