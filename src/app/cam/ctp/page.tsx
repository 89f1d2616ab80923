import Link from "next/link";
import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { CAM_CTP_LIMIT, listCamCtpTrackings, listCtpInvitableAccounts } from "@/server/ctp/list-cam-ctp-trackings";
import { CTP_MONTHS_TO_COMPLETE, CTP_OVERDUE_WITHIN_DAYS } from "@/server/ctp/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";
import { CtpProgress } from "@/app/ctp/ctp-progress";
import { InviteForm } from "./invite-form";

export const metadata: Metadata = { title: "CTP" };

export default async function CamCtpPage() {
  const user = await requireCapability("ctp.manage");
  const [trackings, invitable] = await Promise.all([listCamCtpTrackings(user), listCtpInvitableAccounts(user)]);
  return (
    <>
      <PageHeader
        title="Certified Training Partner trackings"
        description={`Your accounts' CTP trackings, most urgent first. Each must be complete within ${CTP_MONTHS_TO_COMPLETE} months of its start, or it locks.`}
      />
      <div className="space-y-4">
        <Card title="Invite an account into CTP">
          {invitable.length === 0 ? (
            <p className="text-sm text-gray-600">Every Authorized account of yours already has an active or completed tracking.</p>
          ) : (
            <InviteForm accounts={invitable} />
          )}
        </Card>
        <section aria-labelledby="trackings-heading" className="min-w-0 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
          <h2 id="trackings-heading" className="mb-1 text-base font-semibold text-gray-900">
            Trackings
          </h2>
          <p className="mb-3 text-sm text-gray-600">
            Overdue items: the open items of a tracking that locks within {CTP_OVERDUE_WITHIN_DAYS} days, or has locked with them still open.
          </p>
          {trackings.length === 0 ? (
            <p className="text-sm text-gray-600">None of your accounts is in CTP yet.</p>
          ) : (
            <ul className="divide-y divide-gray-100">
              {trackings.map((tracking) => (
                <li key={tracking.id} className="py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <Link href={`/ctp/${tracking.id}`} className="font-medium break-words text-blue-700 hover:underline">
                      {tracking.partnerName}
                    </Link>
                    <span className="flex flex-wrap items-center gap-2 text-sm">
                      {tracking.overdueItems > 0 ? <span className="font-medium text-red-800">{tracking.overdueItems} overdue item(s)</span> : null}
                      <span className="text-gray-700">
                        {tracking.daysLeft !== null
                          ? `${tracking.daysLeft} days left · locks ${formatDate(tracking.locksAt)}`
                          : `Started ${formatDate(tracking.startedAt)}`}
                      </span>
                      <StatusBadge status={tracking.status} />
                    </span>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-xs sm:grid-cols-2 lg:grid-cols-5">
                    {tracking.sections.map((section) => (
                      <div key={section.kind} className="min-w-0">
                        <dt className="truncate text-gray-700" title={section.label}>
                          {section.label}
                        </dt>
                        <dd>
                          <CtpProgress label={`${tracking.partnerName}, ${section.label}`} done={section.done} total={section.total} />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          )}
          {trackings.length === CAM_CTP_LIMIT ? <p className="mt-2 text-sm text-gray-600">The {CAM_CTP_LIMIT} most urgent are shown.</p> : null}
        </section>
      </div>
    </>
  );
}
