import type { Metadata } from "next";
import { LegalRequestStatus } from "@/generated/prisma/enums";
import { requireCapability } from "@/server/auth/session";
import { listLegalRequests, parseLegalRequestListQuery } from "@/server/agreements/list-legal-requests";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { enumOptions } from "@/components/enum-options";

export const metadata: Metadata = { title: "Legal requests" };

export default async function LegalRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("legalRequests.manage");
  const { params, filters } = parseLegalRequestListQuery(await searchParams);
  const requests = await listLegalRequests(user, params, filters);
  return (
    <>
      <PageHeader
        title="Legal requests"
        description="Companies that asked to negotiate an agreement instead of accepting it. Oldest first."
      />
      <DataTable
        caption="Legal requests"
        columns={[
          { id: "createdAt", header: "Opened", format: "datetime", sortable: true },
          { id: "partnerName", header: "Company", href: "/admin/legal-requests/:id" },
          { id: "agreement", header: "Agreement" },
          { id: "reason", header: "Reason" },
          { id: "status", header: "Status", format: "status", sortable: true },
          { id: "updatedAt", header: "Last change", format: "datetime", sortable: true },
        ]}
        data={{ ...requests, rows: requests.rows.map((row) => ({ ...row, reason: row.reason.length > 140 ? `${row.reason.slice(0, 140)}…` : row.reason })) }}
        params={params}
        searchLabel="Company"
        filters={[{ name: "status", label: "Status", options: enumOptions(Object.values(LegalRequestStatus)) }]}
        emptyMessage="No legal requests yet. They open when a partner asks to negotiate an agreement."
      />
    </>
  );
}
