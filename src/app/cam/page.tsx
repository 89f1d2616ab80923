import type { Metadata } from "next";
import { PartnerStatus, PartnerTier, Region } from "@/generated/prisma/enums";
import { requireCapability } from "@/server/auth/session";
import { listPartners, parsePartnerListQuery } from "@/server/partners/list-partners";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { enumOptions } from "@/components/enum-options";

export const metadata: Metadata = { title: "My accounts" };

export default async function CamHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("accounts.read");
  const { params, filters } = parsePartnerListQuery(await searchParams);
  const partners = await listPartners(user, params, filters);
  return (
    <>
      <PageHeader title="My accounts" description="The partner accounts you own." />
      <DataTable
        caption="My accounts"
        columns={[
          { id: "legalName", header: "Partner", sortable: true },
          { id: "tier", header: "Tier", format: "enum", sortable: true },
          { id: "region", header: "Region", format: "enum", sortable: true },
          { id: "status", header: "Status", format: "status", sortable: true },
          { id: "lastPhdReviewAt", header: "Last PHD review", format: "date", sortable: true },
        ]}
        data={partners}
        params={params}
        searchLabel="Search partners"
        filters={[
          { name: "status", label: "Status", options: enumOptions(Object.values(PartnerStatus)) },
          { name: "tier", label: "Tier", options: enumOptions(Object.values(PartnerTier)) },
          { name: "region", label: "Region", options: enumOptions(Object.values(Region)) },
        ]}
        emptyMessage="You own no partner accounts yet. Accounts appear here when an approval or an admin makes you their owner."
        exportHref="/cam/export"
      />
    </>
  );
}
