import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listAuditEvents, listAuditFilterOptions, parseAuditEventQuery } from "@/server/audit/list-audit-events";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { enumOptions } from "@/components/enum-options";
import { ROLE_LABELS } from "@/lib/roles";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("audit.read");
  const options = await listAuditFilterOptions(user);
  const { params, filters } = parseAuditEventQuery(await searchParams, options);
  const events = await listAuditEvents(user, params, filters);
  return (
    <>
      <PageHeader title="Audit trail" description="Who changed what in the portal, and when." />
      <DataTable
        caption="Audit events"
        columns={[
          { id: "createdAt", header: "When", format: "datetime", sortable: true },
          { id: "actor", header: "Actor" },
          { id: "actorRole", header: "Role" },
          { id: "action", header: "Action", format: "enum", sortable: true },
          { id: "entityType", header: "Record", format: "enum", sortable: true },
          { id: "summary", header: "Summary" },
          { id: "ip", header: "IP" },
        ]}
        data={{
          ...events,
          rows: events.rows.map((row) => ({
            ...row,
            actor: row.actorEmail ? `${row.actorName} (${row.actorEmail})` : null,
            actorRole: row.actorRole ? ROLE_LABELS[row.actorRole] : null,
          })),
        }}
        params={params}
        searchLabel="Search summaries"
        filters={[
          { name: "action", label: "Action", options: enumOptions(options.actions) },
          { name: "entityType", label: "Record type", options: enumOptions(options.entityTypes) },
        ]}
        extraFields={[
          { name: "actorEmail", label: "Actor email", type: "email" },
          { name: "from", label: "From", type: "date" },
          { name: "to", label: "To", type: "date" },
        ]}
        emptyMessage="No audit events yet."
        exportHref="/admin/audit/export"
      />
    </>
  );
}
