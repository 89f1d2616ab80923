import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getApplicant } from "@/server/applications/get-applicant";
import { agreementStandingLine, approvalBlocker, factChecklistAnswers, REVIEW_CHECKLIST } from "@/server/applications/rules";
import { COMPANY_SIZE_LABELS } from "@/lib/application-form";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { AccountForm, ApproveForm, ChecklistForm, DenyForm, NoteForm } from "./review-forms";
import { formatDate, formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";
import { StatusAlert } from "@/components/status-alert";
import { DescriptionList } from "@/components/description-list";
import { normalizeIp } from "@/lib/ip-address";
import { RecordHistory } from "@/app/record-history";

interface ApplicantPageProps {
  params: Promise<{ id: string }>;
}

// The same cached read as the page's, so naming the company in the title costs no statement.
export async function generateMetadata({ params }: ApplicantPageProps): Promise<Metadata> {
  const user = await requireCapability("applicants.review");
  const applicant = await getApplicant(user, recordIdParam((await params).id));
  return { title: applicant ? `${applicant.partner.legalName} — Applicant review` : "Applicant review" };
}

export default async function ApplicantPage({ params }: ApplicantPageProps) {
  const user = await requireCapability("applicants.review");
  const { id } = await params;
  const applicant = await getApplicant(user, recordIdParam(id));
  if (!applicant) notFound();
  const { partner, contact, review, agreements, cams, canOpenLegalRequests } = applicant;
  const open = partner.status === "SUBMITTED" || partner.status === "IN_REVIEW";
  const facts = factChecklistAnswers({ crmId: partner.crmId, agreements });
  const items = REVIEW_CHECKLIST.map((entry) => {
    const answered = review?.items.find((item) => item.position === entry.position);
    return {
      ...entry,
      answer: answered?.answer ?? null,
      answeredBy: answered?.answeredBy?.name ?? null,
      answeredAt: answered?.answeredAt ? formatDateTime(answered.answeredAt) : null,
      // While the application is open the portal answers these from what it knows; afterwards the record stands.
      fact: open ? (facts.get(entry.position) ?? null) : null,
    };
  });
  const blocker = approvalBlocker({ items, agreements, crmId: partner.crmId });
  const unsettled = agreements.filter((standing) => standing.state !== "ACCEPTED" && standing.state !== "RESOLVED_AS_AGREED");
  return (
    <>
      <PageHeader
        back={{ href: "/phd/applicants", label: "Applicant queue" }}
        title={partner.legalName}
        description={`Applied ${formatDate(partner.submittedAt)} · ${humanize(partner.region)} · ${humanize(partner.tier)} tier`}
        actions={<StatusBadge status={partner.status} />}
      />
      {partner.status === "AUTHORIZED" && partner.decidedAt ? (
        <StatusAlert tone="success" className="mb-4">
          Approved on {formatDate(partner.decidedAt)}: the partner is Authorized.
        </StatusAlert>
      ) : null}
      {partner.status === "DENIED" ? (
        <StatusAlert tone="error" role="status" className="mb-4">
          Denied on {partner.decidedAt ? formatDate(partner.decidedAt) : "—"}: {partner.denialReason}
        </StatusAlert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Company">
          <DescriptionList
            items={[
              {
                term: "Website",
                detail: (
                  <a href={partner.website} className="text-blue-700 hover:underline" target="_blank" rel="noreferrer noopener">
                    {partner.website}
                  </a>
                ),
              },
              { term: "Country", detail: partner.country },
              { term: "Size", detail: COMPANY_SIZE_LABELS[partner.size] },
              { term: "Tracks", detail: partner.tracks.map(humanize).join(", ") },
              { term: "Plans", detail: partner.workPlan },
              { term: "Contract signed", detail: partner.contractSignedAt ? formatDate(partner.contractSignedAt) : "Not yet" },
            ]}
          />
        </Card>
        <Card title="Primary contact">
          {contact ? (
            <DescriptionList
              items={[
                { term: "Name", detail: contact.name },
                { term: "Email", detail: `${contact.email} ${contact.emailVerifiedAt ? "(confirmed)" : "(not confirmed)"}` },
                { term: "Phone", detail: contact.phone ?? "None: deal registration needs one" },
                { term: "Job title", detail: contact.title },
                { term: "Role", detail: humanize(contact.role) },
              ]}
            />
          ) : (
            <p className="text-sm text-gray-600">No contact on file.</p>
          )}
        </Card>
        <Card title="Agreements">
          <ul className="space-y-2 text-sm">
            {partner.agreementAcceptances.map((acceptance) => (
              <li key={acceptance.id}>
                {acceptance.version.template.name} v{acceptance.version.version}: {humanize(acceptance.method).toLowerCase()} on{" "}
                {formatDateTime(acceptance.acceptedAt)}
                {acceptance.ip ? ` from ${normalizeIp(acceptance.ip)}` : ""}
              </li>
            ))}
            {partner.legalRequests.map((request) => (
              <li key={request.id}>
                {canOpenLegalRequests ? (
                  <Link href={`/admin/legal-requests/${request.id}`} className="text-blue-700 underline hover:no-underline">
                    Legal request on {request.version.template.name} v{request.version.version}
                  </Link>
                ) : (
                  <>
                    Legal request on {request.version.template.name} v{request.version.version}
                  </>
                )}
                : {request.status === "RESOLVED" ? "resolved as agreed" : humanize(request.status).toLowerCase()} — “{request.reason}”
                {request.status === "RESOLVED" ? (
                  <span className="block text-gray-700">Agreed: {[request.negotiatedVersion, request.exception].filter(Boolean).join(" · ")}</span>
                ) : null}
                {request.status === "DECLINED" && request.declineReason ? <span className="block text-gray-700">Declined: {request.declineReason}</span> : null}
              </li>
            ))}
            {unsettled.length > 0 ? <li className="text-amber-900">Not settled: {unsettled.map(agreementStandingLine).join("; ")}.</li> : null}
          </ul>
        </Card>
        <Card title="Account">
          {open ? (
            <>
              <AccountForm
                partnerId={partner.id}
                region={partner.region}
                camOwnerId={partner.camOwnerId ?? ""}
                crmId={partner.crmId ?? ""}
                cams={cams.map((cam) => ({ value: cam.id, label: `${cam.name}${cam.region ? ` (${humanize(cam.region)})` : ""}` }))}
              />
              <p className="mt-2 text-xs text-gray-600">
                Last PHD review: {partner.lastPhdReviewAt ? formatDate(partner.lastPhdReviewAt) : "never"}. With no CAM chosen, approval assigns the
                region&apos;s CAM.
              </p>
            </>
          ) : (
            <DescriptionList
              items={[
                { term: "Region", detail: humanize(partner.region) },
                { term: "Channel Account Manager", detail: partner.camOwner ? `${partner.camOwner.name} (${partner.camOwner.email})` : "None" },
                { term: "CRM id", detail: partner.crmId ?? "None" },
                { term: "Last PHD review", detail: partner.lastPhdReviewAt ? formatDate(partner.lastPhdReviewAt) : "Never" },
              ]}
            />
          )}
        </Card>
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title="Review checklist">
          <ChecklistForm partnerId={partner.id} editable={open} items={items} />
        </Card>
        <div className="space-y-4">
          {open ? (
            <Card title="Decision">
              <ApproveForm partnerId={partner.id} blocker={blocker} />
              <DenyForm partnerId={partner.id} />
            </Card>
          ) : null}
          <Card title="Account notes">
            {partner.accountNotes ? (
              <p className="mb-3 whitespace-pre-line text-sm">{partner.accountNotes}</p>
            ) : (
              <p className="mb-3 text-sm text-gray-600">No notes yet.</p>
            )}
            <NoteForm partnerId={partner.id} />
          </Card>
        </div>
      </div>
      <div className="mt-6">
        <RecordHistory entityType="Partner" entityId={partner.id} />
      </div>
    </>
  );
}
