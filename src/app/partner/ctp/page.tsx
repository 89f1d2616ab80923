import Link from "next/link";
import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { getPartnerCtp } from "@/server/ctp/get-partner-ctp";
import { CTP_MONTHS_TO_COMPLETE, CTP_SECTIONS, ctpDaysLeft, ctpLockedSentence, isCtpLocked } from "@/server/ctp/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";
import { CtpProgress } from "@/app/ctp/ctp-progress";
import { CtpItemsWaiting } from "@/app/ctp/ctp-items-waiting";
import { CompleteItemForm } from "@/app/ctp/complete-item-form";
import { EnrollForm } from "@/app/ctp/enroll-form";

export const metadata: Metadata = { title: "Training partner" };

export default async function PartnerCtpPage() {
  const user = await requireCapability("ctp.participate");
  const tracking = await getPartnerCtp(user);
  const now = new Date();
  if (!tracking) {
    return (
      <>
        <PageHeader title="Certified Training Partner" />
        <Card title="Not in the program yet">
          <p className="text-sm text-gray-700">
            Your Channel Account Manager invites your company into the Certified Training Partner program. Once invited, your company has{" "}
            {CTP_MONTHS_TO_COMPLETE} months to complete its requirements, and your colleagues can enroll here as trainer candidates.
          </p>
        </Card>
      </>
    );
  }
  const locked = isCtpLocked(tracking, now);
  const open = tracking.status === "ACTIVE" && !locked;
  const [candidacy] = tracking.candidates;
  const candidatesSection = tracking.sections.find((section) => section.kind === "TRAINER_CANDIDATES");
  return (
    <>
      <PageHeader
        title="Certified Training Partner"
        description={`Started ${formatDate(tracking.startedAt)} · locks on ${formatDate(tracking.locksAt)}`}
        actions={<StatusBadge status={locked ? "LOCKED" : tracking.status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Your company's tracking">
          <p className="mb-3 text-sm text-gray-800">
            {locked
              ? ctpLockedSentence(formatDate(tracking.lockedAt ?? tracking.locksAt))
              : tracking.status === "COMPLETE" && tracking.completedAt
                ? `Complete since ${formatDate(tracking.completedAt)}.`
                : `${ctpDaysLeft(tracking.locksAt, now)} days left of the ${CTP_MONTHS_TO_COMPLETE} months.`}
          </p>
          <ul className="space-y-2 text-sm">
            {CTP_SECTIONS.map(({ kind, label }) => {
              const items = tracking.sections.find((section) => section.kind === kind)?.items ?? [];
              return (
                <li key={kind}>
                  <span className="block text-gray-800">{label}</span>
                  <CtpProgress label={label} done={items.filter((item) => item.completedAt).length} total={items.length} />
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-sm">
            <Link href={`/ctp/${tracking.id}`} className="text-blue-700 underline">
              Open the whole tracking
            </Link>
          </p>
        </Card>
        <Card title="My trainer candidate tasks">
          {candidacy ? (
            <ul className="space-y-2 text-sm">
              {candidacy.tasks.map((task) => (
                <li key={task.id} className="flex flex-wrap items-start justify-between gap-2">
                  <span className="min-w-0 break-words">
                    {task.title}
                    <span className="block text-xs text-gray-600">{task.completedAt ? `Completed on ${formatDate(task.completedAt)}` : "Open"}</span>
                  </span>
                  {open && !task.completedAt ? <CompleteItemForm itemId={task.id} title={task.title} /> : null}
                </li>
              ))}
            </ul>
          ) : open && !candidatesSection?.completedAt ? (
            <div className="space-y-2 text-sm text-gray-700">
              <p>Certified trainer candidates deliver your company&apos;s GitLab training. Enroll to receive your own tasks.</p>
              <EnrollForm trackingId={tracking.id} />
            </div>
          ) : (
            <p className="text-sm text-gray-600">You are not a trainer candidate, and enrollment is closed.</p>
          )}
        </Card>
        <CtpItemsWaiting user={user} owner="PARTNER_PRIMARY_CONTACT" title="Items waiting on your primary contact" />
      </div>
    </>
  );
}
