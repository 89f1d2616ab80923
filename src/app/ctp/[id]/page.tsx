import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { recordIdParam } from "@/server/page-params";
import { getCtpTracking } from "@/server/ctp/get-ctp-tracking";
import { CTP_MONTHS_TO_COMPLETE, CTP_OWNER_LABELS, CTP_SECTIONS, ctpDaysLeft, ctpLockedSentence, isCtpLocked } from "@/server/ctp/rules";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { StatusAlert } from "@/components/status-alert";
import { formatDate } from "@/lib/format";
import { RecordHistory } from "@/app/record-history";
import { CtpProgress } from "../ctp-progress";
import { CompleteItemForm } from "../complete-item-form";
import { EnrollForm } from "../enroll-form";

// The title and the page read the tracking once per request.
const loadTracking = cache(async (id: string) => {
  const user = await requireCapability("ctp.read");
  return { user, tracking: await getCtpTracking(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { tracking } = await loadTracking((await params).id);
  return { title: tracking ? `CTP tracking: ${tracking.partner.legalName}` : "CTP tracking" };
}

export default async function CtpTrackingPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, tracking } = await loadTracking((await params).id);
  if (!tracking) notFound();
  const now = new Date();
  const locked = isCtpLocked(tracking, now);
  const open = tracking.status === "ACTIVE" && !locked;
  const contact = tracking.partner.users[0] ?? null;
  const ownerNames = {
    CAM: tracking.partner.camOwner?.name,
    PARTNER_PRIMARY_CONTACT: contact?.name,
    EDUCATION_SERVICES: undefined,
    CHANNEL_SERVICES: undefined,
  };
  const enrolled = tracking.candidates.some((candidate) => candidate.userId === user.id);
  const candidatesSection = tracking.sections.find((section) => section.kind === "TRAINER_CANDIDATES");
  const mayEnroll = open && can(user, "ctp.participate") && !enrolled && !candidatesSection?.completedAt;

  return (
    <>
      <PageHeader
        back={{ href: "/ctp", label: "CTP trackings" }}
        title={`CTP tracking: ${tracking.partner.legalName}`}
        description={`Started ${formatDate(tracking.startedAt)} · locks on ${formatDate(tracking.locksAt)}`}
        actions={<StatusBadge status={locked ? "LOCKED" : tracking.status} />}
      />
      <div className="mb-4">
        {locked ? (
          <StatusAlert tone="error">{ctpLockedSentence(formatDate(tracking.lockedAt ?? tracking.locksAt))}</StatusAlert>
        ) : tracking.status === "COMPLETE" && tracking.completedAt ? (
          <StatusAlert tone="success">
            Complete: every section was done on {formatDate(tracking.completedAt)}, within the {CTP_MONTHS_TO_COMPLETE} months. The CTP award case is open.
          </StatusAlert>
        ) : (
          <p className="text-sm text-gray-800">
            <strong>{ctpDaysLeft(tracking.locksAt, now)} days left</strong> of the {CTP_MONTHS_TO_COMPLETE} months: every section must be complete by{" "}
            {formatDate(tracking.locksAt)}, or the tracking locks and nothing more can be completed.
          </p>
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {CTP_SECTIONS.map(({ kind, label }) => {
          const section = tracking.sections.find((candidate) => candidate.kind === kind);
          if (!section) return null;
          const done = section.items.filter((item) => item.completedAt).length;
          const ownerName = ownerNames[section.owner];
          return (
            <section key={kind} aria-label={label} className="min-w-0 rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
              <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
                <h2 className="text-base font-semibold text-gray-900">{label}</h2>
                {section.completedAt ? <StatusBadge status="COMPLETE" /> : null}
              </div>
              <p className="mb-2 text-sm text-gray-700">
                Owner: {CTP_OWNER_LABELS[section.owner]}
                {ownerName ? ` (${ownerName})` : ""}
              </p>
              <CtpProgress label={label} done={done} total={section.items.length} />
              <ul className="mt-3 space-y-2 text-sm">
                {section.items.map((item) => {
                  const title = item.candidate ? `${item.candidate.user.name}: ${item.title}` : item.title;
                  const mayComplete = open && !item.completedAt && item.completableByUser;
                  return (
                    <li key={item.id} className="flex flex-wrap items-start justify-between gap-2">
                      <span className="min-w-0 break-words">
                        <span aria-hidden="true">{item.completedAt ? "✓ " : "○ "}</span>
                        {title}
                        <span className="block text-xs text-gray-600">
                          {item.completedAt ? `Completed on ${formatDate(item.completedAt)}` : item.candidate ? "Open: the candidate's own task" : "Open"}
                        </span>
                      </span>
                      {mayComplete ? <CompleteItemForm itemId={item.id} title={title} /> : null}
                    </li>
                  );
                })}
              </ul>
              {kind === "TRAINER_CANDIDATES" ? (
                <div className="mt-3 border-t border-gray-100 pt-3 text-sm">
                  <h3 className="font-medium text-gray-900">Trainer candidates</h3>
                  {tracking.candidates.length === 0 ? (
                    <p className="text-gray-600">No one has enrolled yet. Partner users enroll themselves and receive their own tasks.</p>
                  ) : (
                    <ul className="list-disc pl-5">
                      {tracking.candidates.map((candidate) => (
                        <li key={candidate.id}>
                          {candidate.user.name}, enrolled {formatDate(candidate.enrolledAt)}
                          {candidate.completedAt ? `, tasks done ${formatDate(candidate.completedAt)}` : ""}
                        </li>
                      ))}
                    </ul>
                  )}
                  {mayEnroll ? (
                    <div className="mt-2">
                      <EnrollForm trackingId={tracking.id} />
                    </div>
                  ) : null}
                </div>
              ) : null}
            </section>
          );
        })}
      </div>
      <div className="mt-4">
        <RecordHistory entityType="CtpTracking" entityId={tracking.id} />
      </div>
    </>
  );
}
