// A burn chart: per month, the value of the hours logged (at the authorizations' rates) beside what was invoiced, so
// the gap shows work not yet billed. Drawn from SowMonth sums (the portfolio's on /ps, one SOW's on its page); its
// figures are also a table, for screen readers and for anyone who wants the numbers.
import { formatMoney } from "@/lib/format";
import type { BurnMonth } from "@/server/subcontracting/rules";
import { BurnChartPlot } from "@/components/burn-chart-plot";

const MONTH = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
const HOURS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

const monthLabel = (month: string) => MONTH.format(new Date(`${month}T00:00:00Z`));
const hours = (minutes: number) => HOURS.format(minutes / 60);

export function BurnChart({ months, caption }: { months: BurnMonth[]; caption: string }) {
  const logged = months.reduce((sum, month) => sum + month.loggedValueCents, 0);
  const invoiced = months.reduce((sum, month) => sum + month.invoicedCents, 0);
  const minutes = months.reduce((sum, month) => sum + month.loggedMinutes, 0);
  const span = months.length > 0 ? `${monthLabel(months[0]!.month)} to ${monthLabel(months[months.length - 1]!.month)}` : "";
  const summary = `${caption}, ${span}: ${formatMoney(logged)} of hours logged and ${formatMoney(invoiced)} invoiced.`;
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-gray-600">{summary}</figcaption>
      <BurnChartPlot summary={summary} points={months.map((month) => ({ label: monthLabel(month.month), ...month }))} />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-blue-700">The figures by month</summary>
        {/* On a phone the table scrolls sideways in its box: focusable and named, so a keyboard can scroll it too. */}
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption} by month`}>
          <table className="min-w-full divide-y divide-gray-200 text-sm [&_td]:px-3 [&_td]:py-1 [&_th]:px-3 [&_th]:py-1">
            <caption className="sr-only">{caption} by month</caption>
            <thead className="bg-gray-50 text-left">
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Hours logged</th>
                <th scope="col">Hours-based value</th>
                <th scope="col">Invoiced</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row" className="text-left font-normal whitespace-nowrap">
                    {monthLabel(month.month)}
                  </th>
                  <td>{hours(month.loggedMinutes)}</td>
                  <td>{formatMoney(month.loggedValueCents)}</td>
                  <td>{formatMoney(month.invoicedCents)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="font-semibold">
              <tr>
                <th scope="row" className="text-left">
                  Total
                </th>
                <td>{hours(minutes)}</td>
                <td>{formatMoney(logged)}</td>
                <td>{formatMoney(invoiced)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </details>
    </figure>
  );
}
