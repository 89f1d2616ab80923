import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { auditEventList } from "@/server/audit/audit-event-list";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(auditEventList.capability);
  const events = await loadListPage(auditEventList, user, await searchParams);
  return (
    <>
      <PageHeader title="Audit trail" description="Who changed what in the portal, and when." />
      <DataTable list={events} />
    </>
  );
}
