import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can, type SessionUser } from "@/server/auth/policy";
import { getAwardCase, type AwardCaseView } from "@/server/awards/get-award-case";
import { COMPANY_CERTIFICATION_NAMES } from "@/server/awards/rules";
import { isAwardCaseOverdue } from "@/server/certifications/rules";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { RecordHistory } from "@/app/record-history";
import { GrantCommunityAccessForm, SendAwardEmailForm, UpdateProfileForm } from "./task-forms";

// The title and the page read the case once per request.
const loadAwardCase = cache(async (id: string) => {
  const user = await requireCapability("awards.read");
  return { user, awardCase: await getAwardCase(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { awardCase } = await loadAwardCase((await params).id);
  return { title: awardCase ? `${awardCase.kind} award: ${awardCase.partner.legalName}` : "Award case" };
}

const OWNER_LABELS = { CAM: "Channel Account Manager", PHD: "Partner Help Desk" } as const;

function TaskAction({ user, awardCase, task }: { user: SessionUser; awardCase: AwardCaseView; task: AwardCaseView["tasks"][number] }) {
  if (task.key === "awardEmail") {
    if (!can(user, "awards.sendEmail")) return <p className="text-sm text-gray-600">Waiting for the CAM.</p>;
    if (awardCase.partner.users.length === 0) {
      return <p className="text-sm text-amber-900">{awardCase.partner.legalName} has no active partner admin to send it to yet.</p>;
    }
    return (
      <SendAwardEmailForm caseId={awardCase.id} companyName={awardCase.partner.legalName} recipients={awardCase.partner.users.map((admin) => admin.email)} />
    );
  }
  if (!can(user, "awards.updateProfile")) return <p className="text-sm text-gray-600">Waiting for the Partner Help Desk.</p>;
  if (task.key === "profile") return <UpdateProfileForm caseId={awardCase.id} />;
  return (
    <div className="space-y-2">
      {awardCase.awardEmailSentAt ? null : (
        <p className="text-sm text-amber-900">Waits for the award email: the partner hears of the certification from the CAM first.</p>
      )}
      <GrantCommunityAccessForm caseId={awardCase.id} />
    </div>
  );
}

export default async function AwardCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, awardCase } = await loadAwardCase((await params).id);
  if (!awardCase) notFound();
  const overdue = isAwardCaseOverdue(awardCase, new Date());
  const certificationName = COMPANY_CERTIFICATION_NAMES[awardCase.kind];
  return (
    <>
      <PageHeader
        back={{ href: "/award-cases", label: "Award cases" }}
        title={`${awardCase.partner.legalName}: ${awardCase.kind} award`}
        description={certificationName}
        actions={<StatusBadge status={awardCase.status} />}
      />
      {awardCase.completedAt ? (
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          Closed on {formatDateTime(awardCase.completedAt)}: every task is done.
        </p>
      ) : null}
      {overdue ? (
        <p role="status" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Overdue: this award was due on {formatDate(awardCase.dueAt)}. Finish the open tasks below.
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Case">
          <DescriptionList
            items={[
              {
                term: "Partner",
                detail: (
                  <Link href={`/accounts/${awardCase.partner.id}`} className="text-blue-700 underline">
                    {awardCase.partner.legalName}
                  </Link>
                ),
              },
              { term: "Certification", detail: certificationName },
              { term: "Opened", detail: formatDate(awardCase.openedAt) },
              { term: "Due", detail: `${formatDate(awardCase.dueAt)}${overdue ? " (overdue)" : ""}` },
              { term: "Completed", detail: awardCase.completedAt ? formatDateTime(awardCase.completedAt) : null },
              { term: "Channel Account Manager", detail: awardCase.cam ? `${awardCase.cam.name} (${awardCase.cam.email})` : null },
              { term: "First company certification", detail: awardCase.firstCompanyCertification ? "Yes: community access is granted too" : "No" },
            ]}
          />
        </Card>
        <Card title="Tasks">
          <ol className="space-y-4">
            {awardCase.tasks.map((task) => (
              <li key={task.key} className="rounded-md border border-gray-100 p-3">
                <p className="text-xs font-semibold uppercase tracking-wide text-gray-600">{OWNER_LABELS[task.owner]}</p>
                <p className="mb-2 text-sm font-medium text-gray-900">{task.title}</p>
                {task.doneAt ? (
                  <p className="text-sm text-green-800">
                    Done by {task.doneBy} on {formatDateTime(task.doneAt)}
                  </p>
                ) : (
                  <TaskAction user={user} awardCase={awardCase} task={task} />
                )}
              </li>
            ))}
          </ol>
        </Card>
      </div>
      <div className="mt-4">
        <RecordHistory entityType="AwardCase" entityId={awardCase.id} />
      </div>
    </>
  );
}
