import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getConsultant, type ConsultantRecord } from "@/server/subcontracting/get-consultant";
import { recordIdParam } from "@/server/page-params";
import {
  CONSULTANT_SKILLS,
  CONSULTANT_STAGES,
  canAssignConsultant,
  canDeclineConsultant,
  consultantStageSince,
  daysSince,
} from "@/server/subcontracting/rules";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { StatusAlert } from "@/components/status-alert";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import { consultantStageOption, REQUIRED_CERTIFICATION_LABELS } from "@/lib/consultants";
import { RecordHistory } from "@/app/record-history";
import type { ConsultantStage } from "@/generated/prisma/enums";
import {
  ApproveForm,
  AssignForm,
  DeclineForm,
  DeepDiveForm,
  LinkAccountForm,
  OffboardingForm,
  OnboardingForm,
  SkillsForm,
  VerifyCertificationsForm,
  VideoForm,
} from "./pipeline-forms";

// The title and the page read the consultant once per request.
const loadConsultant = cache(async (id: string) => {
  const user = await requireCapability("consultants.manage");
  return getConsultant(user, recordIdParam(id));
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const consultant = await loadConsultant((await params).id);
  return { title: consultant ? `Consultant: ${consultant.name}` : "Consultant" };
}

const done = (at: Date | null, by?: string | null) => (at ? `${formatDateTime(at)}${by ? ` by ${by}` : ""}` : null);

/** The pipeline as steps: those passed, the current one (aria-current), those ahead. */
function Progress({ consultant }: { consultant: ConsultantRecord }) {
  const reached = CONSULTANT_STAGES.indexOf(consultant.stage);
  return (
    <ol aria-label="Pipeline" className="mb-6 flex flex-wrap gap-2 text-xs">
      {CONSULTANT_STAGES.map((stage, index) => {
        const current = stage === consultant.stage;
        const passed = reached >= 0 && index < reached;
        return (
          <li
            key={stage}
            aria-current={current ? "step" : undefined}
            className={`rounded-full border px-2.5 py-1 ${
              current
                ? "border-blue-700 bg-blue-700 text-white"
                : passed
                  ? "border-green-300 bg-green-50 text-green-900"
                  : "border-gray-300 bg-white text-gray-700"
            }`}
          >
            <span aria-hidden="true">{passed ? "✓ " : ""}</span>
            {consultantStageOption(stage)}
            {passed ? <span className="sr-only"> (done)</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

// An account is linked before the certifications are checked, never after (link-consultant-account.ts).
const LINKABLE: readonly ConsultantStage[] = ["CANDIDATE", "SKILLS_MATRIX_SUBMITTED", "VIDEO_REVIEWED"];

function certificationBlocker(consultant: ConsultantRecord): string | null {
  if (!consultant.user) {
    return `${consultant.name} has no portal account linked, so no certification record can be read for them. Link the account they sign in with above.`;
  }
  const missing = consultant.requiredCertifications.filter((required) => !required.earned).map((required) => REQUIRED_CERTIFICATION_LABELS[required.code]);
  return missing.length > 0 ? `${consultant.name} does not hold ${missing.join(" and ")} (unexpired) in the certification records.` : null;
}

function SkillsCard({ consultant }: { consultant: ConsultantRecord }) {
  const matrix = consultant.skillsMatrix as Record<string, number> | null;
  return (
    <Card title="Skills matrix">
      {matrix ? (
        <DescriptionList
          items={[
            ...CONSULTANT_SKILLS.map((skill) => ({ term: skill.label, detail: matrix[skill.id] ? `${matrix[skill.id]} of 5` : null })),
            { term: "Submitted", detail: done(consultant.skillsSubmittedAt) },
          ]}
        />
      ) : consultant.stage === "CANDIDATE" ? (
        <SkillsForm consultantId={consultant.id} skills={CONSULTANT_SKILLS} />
      ) : (
        <p className="text-sm text-gray-700">Not submitted.</p>
      )}
    </Card>
  );
}

function VideoCard({ consultant }: { consultant: ConsultantRecord }) {
  return (
    <Card title="Soft-skills video">
      {consultant.videoReviewedAt ? (
        <DescriptionList
          items={[
            {
              term: "Video",
              detail: consultant.videoUrl ? (
                <a href={consultant.videoUrl} className="text-blue-700 underline" rel="noopener noreferrer" target="_blank">
                  {consultant.videoUrl}
                </a>
              ) : null,
            },
            { term: "Review", detail: consultant.videoReview },
            { term: "Reviewed", detail: done(consultant.videoReviewedAt, consultant.staffNames.videoReviewedBy) },
          ]}
        />
      ) : consultant.stage === "SKILLS_MATRIX_SUBMITTED" ? (
        <VideoForm consultantId={consultant.id} />
      ) : (
        <p className="text-sm text-gray-700">{consultant.stage === "CANDIDATE" ? "Reviewed once the skills matrix is in." : "Not reviewed."}</p>
      )}
    </Card>
  );
}

function CertificationsCard({ consultant }: { consultant: ConsultantRecord }) {
  return (
    <Card title="Required certifications">
      <div className="space-y-3 text-sm">
        <p className="text-gray-700">
          {consultant.user
            ? `Read from the certification records of ${consultant.user.name} (${consultant.user.email}).`
            : "No portal account is linked, so no certification record can be read."}
        </p>
        <ul className="space-y-1">
          {consultant.requiredCertifications.map(({ code, earned }) => (
            <li key={code}>
              <span aria-hidden="true">{earned ? "✓ " : "✗ "}</span>
              <span className="font-medium">{REQUIRED_CERTIFICATION_LABELS[code]}</span>:{" "}
              {earned ? (
                <span className="text-green-800">
                  held ({earned.certification.name}, earned {formatDate(earned.issuedAt)}
                  {earned.expiresAt ? `, valid until ${formatDate(earned.expiresAt)}` : ""})
                </span>
              ) : (
                <span className="text-red-800">missing</span>
              )}
            </li>
          ))}
        </ul>
        {!consultant.user && LINKABLE.includes(consultant.stage) ? (
          <LinkAccountForm consultantId={consultant.id} partnerName={consultant.partner.legalName} />
        ) : null}
        {consultant.certsVerifiedAt ? (
          <p>Verified {done(consultant.certsVerifiedAt, consultant.staffNames.certsVerifiedBy)}.</p>
        ) : consultant.stage === "VIDEO_REVIEWED" ? (
          <VerifyCertificationsForm consultantId={consultant.id} blocker={certificationBlocker(consultant)} />
        ) : null}
      </div>
    </Card>
  );
}

function DeepDiveCard({ consultant }: { consultant: ConsultantRecord }) {
  return (
    <Card title="Technical deep-dive">
      {consultant.deepDiveResult ? (
        <DescriptionList
          items={[
            { term: "Date", detail: consultant.deepDiveAt ? formatDate(consultant.deepDiveAt) : null },
            { term: "Length", detail: consultant.deepDiveMinutes ? `${consultant.deepDiveMinutes} minutes` : null },
            { term: "Result", detail: consultant.deepDiveResult },
            { term: "Recorded by", detail: consultant.staffNames.deepDiveBy },
          ]}
        />
      ) : consultant.stage === "CERTIFICATIONS_VERIFIED" ? (
        <DeepDiveForm consultantId={consultant.id} today={new Date().toISOString().slice(0, 10)} />
      ) : (
        <p className="text-sm text-gray-700">Held once the certifications are verified.</p>
      )}
    </Card>
  );
}

function ApprovalCard({ consultant }: { consultant: ConsultantRecord }) {
  const declinable = canDeclineConsultant(consultant.stage);
  return (
    <Card title="Approval">
      <div className="space-y-3 text-sm">
        {consultant.approvedAt ? (
          <p>Approved {done(consultant.approvedAt, consultant.staffNames.approvedBy)}.</p>
        ) : consultant.declinedAt ? (
          <p>Declined {done(consultant.declinedAt)}.</p>
        ) : consultant.stage === "DEEP_DIVE_PASSED" ? (
          <ApproveForm consultantId={consultant.id} />
        ) : (
          <p className="text-gray-700">Approval follows a passed deep-dive.</p>
        )}
        {declinable ? (
          <div className="border-t border-gray-100 pt-3">
            <DeclineForm consultantId={consultant.id} name={consultant.name} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function OnboardingCard({ consultant }: { consultant: ConsultantRecord }) {
  const open = consultant.stage === "APPROVED" || consultant.stage === "ONBOARDING";
  if (!open && !consultant.accessRequestedAt && !consultant.onboardingBuddy) return null;
  return (
    <Card title="Onboarding">
      <div className="space-y-3">
        <DescriptionList
          items={[
            { term: "Access request sent", detail: done(consultant.accessRequestedAt) ?? "Not yet" },
            { term: "Onboarding buddy", detail: consultant.onboardingBuddy ?? "Not named yet" },
            { term: "Time logging set up", detail: done(consultant.timeLoggingSetAt) ?? "Not yet" },
            ...(consultant.activatedAt ? [{ term: "Active on projects", detail: done(consultant.activatedAt) }] : []),
          ]}
        />
        {open ? (
          <OnboardingForm
            consultantId={consultant.id}
            accessRequested={consultant.accessRequestedAt !== null}
            buddy={consultant.onboardingBuddy}
            timeLoggingSet={consultant.timeLoggingSetAt !== null}
          />
        ) : null}
      </div>
    </Card>
  );
}

function OffboardingCard({ consultant }: { consultant: ConsultantRecord }) {
  const open = consultant.stage === "ONBOARDING" || consultant.stage === "ACTIVE";
  if (!open && consultant.stage !== "OFFBOARDED") return null;
  const active = consultant.assignments.filter((assignment) => assignment.workAuthorization.status === "ACTIVE");
  return (
    <Card title="Offboarding">
      <div className="space-y-3 text-sm">
        <div>
          <h3 className="font-medium text-gray-900">Other active assignments</h3>
          {active.length === 0 ? (
            <p className="text-gray-700">None: no active work authorization holds this consultant.</p>
          ) : (
            <ul className="list-disc pl-5">
              {active.map((assignment) => (
                <li key={assignment.workAuthorization.id}>
                  {assignment.workAuthorization.projectName} (SOW {assignment.workAuthorization.sow.number})
                </li>
              ))}
            </ul>
          )}
        </div>
        <DescriptionList
          items={[
            { term: "Retro", detail: consultant.retroAt ? `${consultant.retroNotes ?? ""} (${formatDateTime(consultant.retroAt)})` : "Not yet" },
            { term: "Access removed", detail: done(consultant.accessRemovedAt) ?? "Not yet" },
            { term: "Other assignments checked", detail: done(consultant.otherProjectsCheckedAt) ?? "Not yet" },
            ...(consultant.offboardedAt ? [{ term: "Offboarded", detail: done(consultant.offboardedAt) }] : []),
          ]}
        />
        {open ? (
          <OffboardingForm
            consultantId={consultant.id}
            retroDone={consultant.retroAt !== null}
            accessRemoved={consultant.accessRemovedAt !== null}
            otherProjectsChecked={consultant.otherProjectsCheckedAt !== null}
          />
        ) : null}
      </div>
    </Card>
  );
}

function AssignmentsCard({ consultant }: { consultant: ConsultantRecord }) {
  const assignable = canAssignConsultant(consultant.stage);
  return (
    <Card title="Assignments">
      <div className="space-y-3 text-sm">
        {consultant.assignments.length === 0 ? (
          <p className="text-gray-700">Not assigned to any work authorization.</p>
        ) : (
          <ul className="space-y-1">
            {consultant.assignments.map((assignment) => (
              <li key={assignment.workAuthorization.id} className="[overflow-wrap:anywhere]">
                <span className="font-medium">{assignment.workAuthorization.projectName}</span> ({humanize(assignment.workAuthorization.status).toLowerCase()}
                ), SOW{" "}
                <Link href={`/ps/sows/${assignment.workAuthorization.sow.id}`} className="text-blue-700 underline">
                  {assignment.workAuthorization.sow.number}
                </Link>
                , assigned {formatDate(assignment.assignedAt)}
              </li>
            ))}
          </ul>
        )}
        {!assignable ? (
          <p className="text-gray-700">Only approved consultants can be assigned to a work authorization.</p>
        ) : consultant.openWorkAuthorizations.length === 0 ? (
          <p className="text-gray-700">{consultant.partner.legalName} has no other active work authorization to assign them to.</p>
        ) : (
          <AssignForm
            consultantId={consultant.id}
            workAuthorizations={consultant.openWorkAuthorizations.map((wa) => ({ id: wa.id, label: `${wa.projectName} (SOW ${wa.sow.number})` }))}
          />
        )}
      </div>
    </Card>
  );
}

export default async function ConsultantPage({ params }: { params: Promise<{ id: string }> }) {
  const consultant = await loadConsultant((await params).id);
  if (!consultant) notFound();
  const since = consultantStageSince(consultant);
  const days = daysSince(since, new Date());
  return (
    <>
      <PageHeader
        back={{ href: "/ps/consultants", label: "Consultants" }}
        title={`Consultant: ${consultant.name}`}
        description={`${consultant.partner.legalName} · ${consultant.email} · added ${formatDate(consultant.createdAt)}`}
        actions={<StatusBadge status={consultant.stage} />}
      />
      <div className="mb-4 [overflow-wrap:anywhere]">
        <StatusAlert tone={consultant.stage === "DECLINED" ? "error" : "info"} role="note">
          {consultant.stage === "DECLINED"
            ? `Declined on ${formatDate(since)}. The reason given: ${consultant.declinedReason ?? "none"}`
            : `${consultantStageOption(consultant.stage)} since ${formatDate(since)} (${days} ${days === 1 ? "day" : "days"}).`}
        </StatusAlert>
      </div>
      <Progress consultant={consultant} />
      <div className="grid gap-4 lg:grid-cols-2">
        <SkillsCard consultant={consultant} />
        <VideoCard consultant={consultant} />
        <CertificationsCard consultant={consultant} />
        <DeepDiveCard consultant={consultant} />
        <ApprovalCard consultant={consultant} />
        <AssignmentsCard consultant={consultant} />
        <OnboardingCard consultant={consultant} />
        <OffboardingCard consultant={consultant} />
      </div>
      <div className="mt-4">
        <RecordHistory entityType="Consultant" entityId={consultant.id} />
      </div>
    </>
  );
}
