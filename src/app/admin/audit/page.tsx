import type { Metadata } from "next";
import { requireArea } from "@/server/auth/session";
import { AUDIT_EVENT_SORTS, listAuditEvents, listAuditFilterOptions } from "@/server/audit/list-audit-events";
import { parseFilter, parseListParams } from "@/server/list-params";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";

export const metadata: Metadata = { title: "Audit trail" };

type SearchParams = Record<string, string | string[] | undefined>;

const DAY_MS = 24 * 60 * 60 * 1000;

function firstValue(query: SearchParams, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A yyyy-mm-dd value from the URL as midnight UTC; anything else, including 2025-02-30, is ignored. */
function parseDay(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? day : undefined;
}

export default async function AuditTrailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("admin");
  const query = await searchParams;
  const params = parseListParams(query, { sortable: AUDIT_EVENT_SORTS, defaultSort: "createdAt", defaultDir: "desc" });
  const options = await listAuditFilterOptions(user);
  const toDay = parseDay(firstValue(query, "to"));
  const events = await listAuditEvents(user, params, {
    action: parseFilter(query, "action", options.actions),
    entityType: parseFilter(query, "entityType", options.entityTypes),
    actorEmail: firstValue(query, "actorEmail")?.trim() || undefined,
    from: parseDay(firstValue(query, "from")),
    // "To" names a whole day, so the bound is that day's last millisecond.
    to: toDay ? new Date(toDay.getTime() + DAY_MS - 1) : undefined,
  });
  return (
    <>
      <PageHeader title="Audit trail" description="Who changed what in the portal, and when." />
      <DataTable
        caption="Audit events"
        columns={[
          { id: "createdAt", header: "When", format: "datetime", sortable: true },
          { id: "actor", header: "Actor" },
          { id: "actorRole", header: "Role", format: "enum" },
          { id: "action", header: "Action", sortable: true },
          { id: "entityType", header: "Record", sortable: true },
          { id: "summary", header: "Summary" },
          { id: "ip", header: "IP" },
        ]}
        data={{ ...events, rows: events.rows.map((row) => ({ ...row, actor: row.actorEmail ? `${row.actorName} (${row.actorEmail})` : null })) }}
        params={params}
        searchLabel="Search summaries"
        filters={[
          { name: "action", label: "Action", options: options.actions.map((action) => ({ value: action, label: action })) },
          { name: "entityType", label: "Record type", options: options.entityTypes.map((type) => ({ value: type, label: type })) },
        ]}
        extraFields={[
          { name: "actorEmail", label: "Actor email", type: "email" },
          { name: "from", label: "From", type: "date" },
          { name: "to", label: "To", type: "date" },
        ]}
        emptyMessage="No audit events match these filters."
      />
    </>
  );
}
