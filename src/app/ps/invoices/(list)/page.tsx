import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import type { SearchParams } from "@/server/lists/define-list";
import { invoiceReviewList } from "@/server/subcontracting/invoice-list";
import { listFlaggedHours } from "@/server/subcontracting/list-flagged-hours";
import { formatHours } from "@/server/subcontracting/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DataTable } from "@/components/data-table";
import { formatDate } from "@/lib/format";
import { FlaggedHoursDecision } from "./flagged-hours-forms";
import { ScrollBox } from "@/app/subcontracting/scroll-box";

export const metadata: Metadata = { title: "Invoices" };

export default async function InvoiceReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCapability(invoiceReviewList.capability);
  const [invoices, flagged] = await Promise.all([loadListPage(invoiceReviewList, user, await searchParams), listFlaggedHours(user)]);
  return (
    <>
      <PageHeader
        title="Invoices"
        description="The subcontracting partners' monthly invoices, submitted ones first, and the hours logged past an authorization."
      />
      <div className="space-y-6">
        <Card title="Hours past authorization">
          {flagged.entries.length === 0 ? (
            <p className="text-sm text-gray-600">No hours wait for a decision. Hours logged past a work authorization&apos;s hours appear here.</p>
          ) : (
            <ScrollBox label="Hours past authorization table">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Hours past authorization, oldest first</caption>
                <thead className="text-xs text-gray-600 uppercase">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      Day
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Partner and project
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Consultant
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      Hours
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Used of authorized
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Decision
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {flagged.entries.map((entry) => {
                    const authorization = entry.workAuthorization;
                    const what = `${formatHours(entry.minutes)} h of ${entry.consultant.name} on ${authorization.projectName}, ${formatDate(entry.workedOn)}`;
                    return (
                      <tr key={entry.id}>
                        <td className="py-2 pr-4 whitespace-nowrap">{formatDate(entry.workedOn)}</td>
                        <td className="py-2 pr-4">
                          {authorization.sow.partner.legalName} · {authorization.projectName}
                          <span className="block text-xs text-gray-600">{entry.description}</span>
                        </td>
                        <td className="py-2 pr-4">{entry.consultant.name}</td>
                        <td className="py-2 pr-4 text-right">{formatHours(entry.minutes)}</td>
                        <td className="py-2 pr-4 whitespace-nowrap">
                          {formatHours(authorization.minutesLogged)} / {authorization.hoursAuthorized} h
                        </td>
                        <td className="py-2 pr-4">
                          <FlaggedHoursDecision entryId={entry.id} what={what} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {flagged.more ? <p className="mt-2 text-xs text-gray-600">Showing the oldest {flagged.entries.length}; decide these to see the rest.</p> : null}
            </ScrollBox>
          )}
        </Card>
        <DataTable list={invoices} />
      </div>
    </>
  );
}
