import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireCapability } from "@/server/auth/session";
import { parsePageParams } from "@/server/page-params";
import type { SearchParams } from "@/server/lists/define-list";
import { getPartnerBilling } from "@/server/subcontracting/get-partner-billing";
import { formatMonth, isoDay, monthOf, weekStartOf } from "@/server/subcontracting/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatDate, formatMoney } from "@/lib/format";
import { HoursProgress } from "@/app/subcontracting/hours-progress";
import { DraftInvoiceForm, HoursGrid } from "./billing-forms";
import { ScrollBox } from "@/app/subcontracting/scroll-box";

export const metadata: Metadata = { title: "Subcontracting" };

const ZParams = z.object({
  week: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()))
    .optional()
    .catch(undefined),
  consultant: z.string().max(64).optional().catch(undefined),
});

const WEEK_MS = 7 * 86_400_000;
const DAY_HEADER = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

export default async function PartnerSubcontractingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCapability("subcontracting.bill");
  const params = parsePageParams(ZParams, await searchParams);
  const monday = weekStartOf(params.week ?? new Date());
  const billing = await getPartnerBilling(user, { monday, consultantId: params.consultant ?? null });
  if (!billing.subcontractor) {
    return (
      <>
        <PageHeader title="Subcontracting" />
        <Card title="Not a subcontractor">
          <p className="text-sm text-gray-700">
            {billing.partner.legalName} does not subcontract for Professional Services, so there are no work authorizations, hours or invoices here. Your PS
            coordinator sets this up when your company takes on subcontracted projects under a Prime SOW.
          </p>
        </Card>
      </>
    );
  }
  const weekHref = (date: Date) =>
    `/partner/subcontracting?${new URLSearchParams({ week: isoDay(date), ...(billing.consultant ? { consultant: billing.consultant.id } : {}) })}`;
  const gridRows = billing.consultant
    ? billing.authorizations
        .filter(
          (authorization) => authorization.status === "ACTIVE" && authorization.consultants.some(({ consultant }) => consultant.id === billing.consultant!.id),
        )
        .map((authorization) => {
          const entries = billing.entries.filter((entry) => entry.workAuthorizationId === authorization.id);
          return {
            id: authorization.id,
            projectName: authorization.projectName,
            description: entries.find((entry) => entry.description)?.description ?? "",
            cells: billing.days.map((day) => {
              const onDay = entries.filter((entry) => entry.workedOn.getTime() === day.getTime());
              const minutes = onDay.reduce((sum, entry) => sum + entry.minutes, 0);
              return {
                day: isoDay(day),
                minutes,
                invoiced: onDay.some((entry) => entry.invoiceId !== null),
                flagged: onDay.some((entry) => entry.status === "FLAGGED"),
              };
            }),
          };
        })
    : [];
  const thisMonth = monthOf(new Date());
  const months = [0, 1, 2].map((back) => new Date(Date.UTC(thisMonth.getUTCFullYear(), thisMonth.getUTCMonth() - back, 1)));
  return (
    <>
      <PageHeader
        title="Subcontracting"
        description={`${billing.partner.legalName}'s work authorizations, each consultant's weekly hours and the monthly invoices to Professional Services.`}
      />
      <div className="space-y-4">
        <Card title="Work authorizations">
          {billing.authorizations.length === 0 ? (
            <p className="text-sm text-gray-600">No work authorizations yet. Your PS coordinator issues them against your Prime SOW.</p>
          ) : (
            <ScrollBox label="Work authorizations table">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Your work authorizations</caption>
                <thead className="text-xs text-gray-600 uppercase">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      Project
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      SOW
                    </th>
                    {billing.showsCustomer ? (
                      <th scope="col" className="py-2 pr-4">
                        Customer
                      </th>
                    ) : null}
                    <th scope="col" className="py-2 pr-4">
                      Status
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Hours used
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {billing.authorizations.map((authorization) => (
                    <tr key={authorization.id}>
                      <td className="py-2 pr-4 font-medium text-gray-900">{authorization.projectName}</td>
                      <td className="py-2 pr-4">{authorization.sow.number}</td>
                      {billing.showsCustomer ? <td className="py-2 pr-4">{authorization.customerName ?? "—"}</td> : null}
                      <td className="py-2 pr-4">
                        <StatusBadge status={authorization.status} />
                      </td>
                      <td className="py-2 pr-4">
                        <HoursProgress
                          label={authorization.projectName}
                          minutesLogged={authorization.minutesLogged}
                          hoursAuthorized={authorization.hoursAuthorized}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {billing.truncated ? <p className="mt-2 text-xs text-gray-600">Showing the first {billing.authorizations.length} authorizations.</p> : null}
            </ScrollBox>
          )}
        </Card>

        <Card title={`Hours for the week of ${formatDate(monday)}`}>
          <nav aria-label="Weeks" className="mb-3 flex flex-wrap gap-4 text-sm">
            <Link href={weekHref(new Date(monday.getTime() - WEEK_MS))} className="text-blue-700 hover:underline">
              ← Previous week
            </Link>
            <Link href={weekHref(weekStartOf(new Date()))} className="text-blue-700 hover:underline">
              This week
            </Link>
            <Link href={weekHref(new Date(monday.getTime() + WEEK_MS))} className="text-blue-700 hover:underline">
              Next week →
            </Link>
          </nav>
          {billing.consultantChoices.length === 0 ? (
            <p className="text-sm text-gray-600">No consultant of yours is assigned to an active work authorization, so there are no hours to enter.</p>
          ) : (
            <>
              <form method="get" action="/partner/subcontracting" className="mb-4 flex flex-wrap items-end gap-2">
                <input type="hidden" name="week" value={isoDay(monday)} />
                <div className="space-y-1">
                  <label htmlFor="consultant-choice" className="block text-sm font-medium text-gray-800">
                    Consultant
                  </label>
                  <select
                    id="consultant-choice"
                    name="consultant"
                    defaultValue={billing.consultant?.id}
                    className="h-9 rounded-md border border-gray-300 bg-white px-3 text-sm"
                  >
                    {billing.consultantChoices.map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.name}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="h-9 rounded-md border border-gray-300 bg-white px-3 text-sm font-medium hover:bg-gray-50">
                  Show
                </button>
              </form>
              {billing.consultant && gridRows.length > 0 ? (
                <HoursGrid
                  key={`${billing.consultant.id}:${isoDay(monday)}`}
                  week={isoDay(monday)}
                  consultantId={billing.consultant.id}
                  consultantName={billing.consultant.name}
                  days={billing.days.map((day) => ({ iso: isoDay(day), label: DAY_HEADER.format(day) }))}
                  rows={gridRows}
                />
              ) : (
                <p className="text-sm text-gray-600">This consultant has no active work authorization.</p>
              )}
            </>
          )}
        </Card>

        <Card title="Invoices">
          {billing.sows.length > 0 ? (
            <DraftInvoiceForm sows={billing.sows} months={months.map((month) => ({ value: month.toISOString().slice(0, 7), label: formatMonth(month) }))} />
          ) : null}
          {billing.invoices.length === 0 ? (
            <p className="mt-4 text-sm text-gray-600">No invoices yet. Draft the month&apos;s invoice once its hours are entered.</p>
          ) : (
            <ScrollBox label="Invoices table" className="mt-4">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Your invoices</caption>
                <thead className="text-xs text-gray-600 uppercase">
                  <tr>
                    <th scope="col" className="py-2 pr-4">
                      Month
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      SOW
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Total
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      Status
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {billing.invoices.map((invoice) => (
                    <tr key={invoice.id}>
                      <td className="py-2 pr-4">
                        <Link href={`/partner/subcontracting/invoices/${invoice.id}`} className="font-medium text-blue-700 hover:underline">
                          {formatMonth(invoice.month)}
                        </Link>
                      </td>
                      <td className="py-2 pr-4">{invoice.sow.number}</td>
                      <td className="py-2 pr-4">{formatMoney(invoice.timeAmountCents + invoice.expenseAmountCents)}</td>
                      <td className="py-2 pr-4">
                        <StatusBadge status={invoice.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </Card>
      </div>
    </>
  );
}
