import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { sowBurnList } from "@/server/subcontracting/sow-burn-list";
import { PROJECT_BURN_EXPORT_PATH } from "@/server/subcontracting/project-burn-list";
import { listReplenishmentAlerts, type ReplenishmentAlert } from "@/server/subcontracting/list-replenishment-alerts";
import { listChangeOrderRisks, type ChangeOrderRisk } from "@/server/subcontracting/list-change-order-risks";
import { getPortfolioBurn } from "@/server/subcontracting/get-portfolio-burn";
import { REPLENISHMENT_LINE_CENTS } from "@/server/subcontracting/rules";
import { formatDate, formatMoney } from "@/lib/format";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DataTable } from "@/components/data-table";
import { BurnChart } from "@/components/burn-chart";

export const metadata: Metadata = { title: "Burn" };

const HOURS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const hours = (minutes: number) => `${HOURS.format(minutes / 60)} h`;
const linkClass = "font-medium text-blue-700 hover:underline";

function ReplenishmentAlerts({ alerts }: { alerts: ReplenishmentAlert[] }) {
  if (alerts.length === 0) return <p className="text-sm text-gray-600">No active SOW is at or below {formatMoney(REPLENISHMENT_LINE_CENTS)} remaining.</p>;
  const more = alerts[0]!.total - alerts.length;
  return (
    <>
      <ul className="divide-y divide-gray-100 text-sm">
        {alerts.map((alert) => (
          <li key={alert.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <span>
              <Link href={`/ps/sows/${alert.id}`} className={linkClass}>
                SOW {alert.number}
              </Link>{" "}
              of {alert.partnerName}: <strong>{formatMoney(alert.remainingCents)}</strong> left of {formatMoney(alert.amountCents)}
            </span>
            <span className="text-gray-700">
              {alert.poRequest ? (
                <>
                  PO request for {formatMoney(alert.poRequest.amountCents)} drafted {formatDate(alert.poRequest.createdAt)}:{" "}
                  <Link href={`/ps/sows/${alert.id}`} className={linkClass}>
                    approve the PO on SOW {alert.number}
                  </Link>
                </>
              ) : alert.alertedAt ? (
                "PO request already decided; the alert rises again at the next crossing."
              ) : (
                "The PO request is drafted at the next hourly check."
              )}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="mt-2 text-sm text-gray-600">And {more} more: the table below lists the SOWs with the least left first.</p> : null}
    </>
  );
}

function ChangeOrderRisks({ risks }: { risks: ChangeOrderRisk[] }) {
  if (risks.length === 0) return <p className="text-sm text-gray-600">No active project is on pace to pass its authorized hours.</p>;
  return (
    <>
      <p className="mb-2 text-sm text-gray-600">
        {risks[0]!.total > risks.length ? `The ${risks.length} most urgent of ${risks[0]!.total} projects` : "Active projects"} whose hours pace passes what
        they authorize before their end date, the largest projected overrun against the hours authorized first.
      </p>
      <div className="relative overflow-x-auto">
        <table className="min-w-full divide-y divide-gray-200 text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
          <caption className="sr-only">Projects at change-order risk</caption>
          <thead className="bg-gray-50 text-left font-semibold text-gray-700">
            <tr>
              <th scope="col">Project</th>
              <th scope="col">SOW</th>
              <th scope="col">Authorized</th>
              <th scope="col">Logged</th>
              <th scope="col">Projected</th>
              <th scope="col">Overrun</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {risks.map((risk) => (
              <tr key={risk.id}>
                <td>
                  <Link href={`/ps/work-authorizations/${risk.id}`} className={linkClass}>
                    {risk.projectName}
                  </Link>
                  <span className="block text-gray-600">{risk.partnerName}</span>
                </td>
                <td className="whitespace-nowrap">{risk.sowNumber}</td>
                <td className="whitespace-nowrap">{hours(risk.hoursAuthorized * 60)}</td>
                <td className="whitespace-nowrap">{hours(risk.minutesLogged)}</td>
                <td className="whitespace-nowrap">{hours(risk.projectedMinutes)}</td>
                <td className="whitespace-nowrap font-medium text-red-800">
                  +{hours(risk.overrunMinutes)} ({Math.round((risk.overrunMinutes * 100) / Math.max(1, risk.hoursAuthorized * 60))}%)
                </td>
                <td className="whitespace-nowrap">{risk.endsOn ? formatDate(risk.endsOn) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default async function BurnPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(sowBurnList.capability);
  const [sows, alerts, risks, burn] = await Promise.all([
    loadListPage(sowBurnList, user, await searchParams),
    listReplenishmentAlerts(user),
    listChangeOrderRisks(user),
    getPortfolioBurn(user),
  ]);
  return (
    <>
      <PageHeader title="Burn" description="Active Prime SOWs by funds left, what the projects burn each month, and where a change order is coming." />
      <div className="space-y-6">
        <Card title="Replenishment alerts">
          <ReplenishmentAlerts alerts={alerts} />
        </Card>
        <section aria-labelledby="active-sows" className="space-y-3">
          <h2 id="active-sows" className="text-base font-semibold text-gray-900">
            Active SOWs
          </h2>
          <DataTable list={sows} />
        </section>
        <Card title="Burn over the last 12 months">
          <BurnChart months={burn} caption="Hours-based value and invoiced amount per month across the active and past SOWs" />
        </Card>
        <Card title="Projects at change-order risk">
          <ChangeOrderRisks risks={risks} />
          <p className="mt-3 text-sm">
            {/* A plain link: the target is a file download. */}
            <a href={PROJECT_BURN_EXPORT_PATH} download className={linkClass}>
              Download every project&apos;s burn (CSV)
            </a>
          </p>
        </Card>
      </div>
    </>
  );
}
