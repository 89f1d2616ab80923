import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { DASHBOARD_ROWS, getCamDashboard } from "@/server/accounts/get-cam-dashboard";
import { daysLeft, EXPIRING_WITHIN_DAYS } from "@/server/accounts/rules";
import { CTP_OVERDUE_WITHIN_DAYS, isCtpItemOverdue } from "@/server/ctp/rules";
import { isAwardCaseOverdue } from "@/server/certifications/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Home" };

const LINK = "font-medium text-blue-700 hover:underline [overflow-wrap:anywhere]";

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-gray-600">{children}</p>;
}

function More({ count, href, label }: { count: number; href: string; label: string }) {
  if (count < DASHBOARD_ROWS) return null;
  return (
    <p className="mt-3 text-sm">
      <Link href={href} className={LINK}>
        {label}
      </Link>
    </p>
  );
}

function daysText(days: number): string {
  if (days < 0) return `${-days} ${days === -1 ? "day" : "days"} past the lock`;
  return `${days} ${days === 1 ? "day" : "days"} left`;
}

export default async function CamHomePage() {
  const user = await requireCapability("accounts.own");
  const now = new Date();
  const { awardCases, ctpTrackings, expiringAccounts, nfrQuestions } = await getCamDashboard(user, now);
  return (
    <>
      <PageHeader title="Home" description="What needs you on the accounts you own." />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Award cases due">
          {awardCases.length === 0 ? (
            <Empty>No award case is open. One opens when a partner of yours earns a company certification.</Empty>
          ) : (
            <ul className="divide-y divide-gray-100 text-sm">
              {awardCases.map((awardCase) => {
                const overdue = isAwardCaseOverdue(awardCase, now);
                return (
                  <li key={awardCase.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0">
                      <Link href={`/award-cases/${awardCase.id}`} className={LINK}>
                        {awardCase.partner.legalName}: {awardCase.kind} award
                      </Link>
                      <span className="block text-gray-600">
                        Due {formatDate(awardCase.dueAt)} · {awardCase.awardEmailSentAt ? "award email sent" : "award email to send"}
                      </span>
                    </span>
                    <StatusBadge status={overdue ? "OVERDUE" : awardCase.status} />
                  </li>
                );
              })}
            </ul>
          )}
          <More count={awardCases.length} href="/award-cases" label="All award cases" />
        </Card>
        <Card title="CTP trackings with your items open">
          {ctpTrackings.length === 0 ? (
            <Empty>No CTP tracking waits on you.</Empty>
          ) : (
            <ul className="divide-y divide-gray-100 text-sm">
              {ctpTrackings.map((tracking) => {
                const days = daysLeft(tracking.locksAt, now);
                return (
                  <li key={tracking.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="min-w-0">
                      <Link href={`/ctp/${tracking.id}`} className={LINK}>
                        {tracking.partner.legalName}
                      </Link>
                      <span className="block text-gray-600">
                        {tracking.camItemsOpen} {tracking.camItemsOpen === 1 ? "item" : "items"} of yours open · {daysText(days)} (locks{" "}
                        {formatDate(tracking.locksAt)})
                      </span>
                    </span>
                    {isCtpItemOverdue({ status: "ACTIVE", locksAt: tracking.locksAt }, now) ? <StatusBadge status="OVERDUE" /> : null}
                  </li>
                );
              })}
            </ul>
          )}
          <p className="mt-3 text-xs text-gray-600">Overdue: within {CTP_OVERDUE_WITHIN_DAYS} days of the 6-month lock, or past it.</p>
        </Card>
        <Card title={`Certifications expiring within ${EXPIRING_WITHIN_DAYS} days`}>
          {expiringAccounts.length === 0 ? (
            <Empty>No certification of your accounts&apos; people expires in the next {EXPIRING_WITHIN_DAYS} days.</Empty>
          ) : (
            <ul className="divide-y divide-gray-100 text-sm">
              {expiringAccounts.map((account) => (
                <li key={account.id} className="py-2">
                  <Link href={`/accounts/${account.id}`} className={LINK}>
                    {account.legalName}
                  </Link>
                  <span className="block text-gray-600">
                    {account.expiringCount} {account.expiringCount === 1 ? "certification expires" : "certifications expire"}
                    {account.firstExpiry ? `, the first on ${formatDate(account.firstExpiry)}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <More count={expiringAccounts.length} href="/accounts" label="All your accounts" />
        </Card>
        <Card title="NFR requests waiting for an answer">
          {nfrQuestions.length === 0 ? (
            <Empty>The Partner Help Desk has no open question on your accounts&apos; NFR requests.</Empty>
          ) : (
            <ul className="divide-y divide-gray-100 text-sm">
              {nfrQuestions.map((request) => (
                <li key={request.id} className="py-2">
                  <Link href={`/nfr/requests/${request.id}`} className={LINK}>
                    {request.partner.legalName}: {request.usersCount} {request.usersCount === 1 ? "user" : "users"}
                  </Link>
                  <span className="block text-gray-600 [overflow-wrap:anywhere]">
                    Asked{request.infoRequestedAt ? ` on ${formatDate(request.infoRequestedAt)}` : ""}: {request.infoRequest}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
