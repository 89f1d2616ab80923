import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can, type SessionUser } from "@/server/auth/policy";
import { getNfrRequest, type NfrRequestPage } from "@/server/nfr/get-nfr-request";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { StatusBadge } from "@/components/status-badge";
import { StatusAlert } from "@/components/status-alert";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { formatDate, formatDateTime } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import { NFR_CAP_MODE_LABELS, NFR_LICENSE_MONTHS, NFR_PLAN_LABELS } from "@/lib/nfr";
import { RecordHistory } from "@/app/record-history";
import { AnswerInfoForm, ApproveForm, AskInfoForm, RejectForm } from "./decision-forms";

// The title and the page read the request once per request.
const loadRequest = cache(async (id: string) => {
  const user = await requireCapability("nfr.read");
  return { user, page: await getNfrRequest(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { page } = await loadRequest((await params).id);
  return { title: page ? `NFR request: ${page.request.partner.legalName}` : "NFR request" };
}

/** Back to the list this user reaches requests from: the desk's queue, the CAM's or the partner's NFR page. */
function backLink(user: SessionUser) {
  if (can(user, "nfr.process")) return { href: "/phd/nfr", label: "NFR requests" };
  if (can(user, "accounts.own")) return { href: "/cam/nfr", label: "NFR" };
  return { href: "/partner/nfr", label: "NFR licenses" };
}

function Check({ passed, title, children }: { passed: boolean; title: string; children: React.ReactNode }) {
  return (
    <li className="space-y-1">
      <p className="font-medium text-gray-900">
        <span aria-hidden="true">{passed ? "✓ " : "✗ "}</span>
        {title}: <span className={passed ? "text-green-800" : "text-red-800"}>{passed ? "passes" : "fails"}</span>
      </p>
      <div className="text-gray-700">{children}</div>
    </li>
  );
}

function EligibilityCard({ review, tierLabel }: { review: NonNullable<NfrRequestPage["review"]>; tierLabel: string }) {
  const { partner, eligibility } = review;
  const { cap } = eligibility;
  const certifiedShown = partner.earnedCertifications.length;
  const certifiedTotal = partner._count.earnedCertifications;
  return (
    <Card title="Eligibility checks">
      <ol className="space-y-4 text-sm">
        <Check passed={eligibility.authorized} title="(a) Authorized partner">
          <p>
            {partner.legalName} is {humanize(partner.status).toLowerCase()}.
          </p>
        </Check>
        <Check passed={cap.withinCap} title="(b) Within the cap">
          <p>
            {NFR_CAP_MODE_LABELS[cap.mode]} held: {cap.held} of the {tierLabel} cap of {cap.limit}; approving makes {cap.afterApproval}.
          </p>
          {partner.nfrLicenses.length === 0 ? (
            <p>No active licenses.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 [overflow-wrap:anywhere]">
              {partner.nfrLicenses.map((license) => (
                <li key={license.id}>
                  <Link href={`/nfr/licenses/${license.id}`} className="text-blue-700 underline">
                    {license.referenceNumber}
                  </Link>
                  : {license.usersCount} {NFR_PLAN_LABELS[license.plan]} users for {license.name}, expires {formatDate(license.expiresOn)}
                </li>
              ))}
            </ul>
          )}
        </Check>
        <Check passed={eligibility.certified} title="(c) An employee holds Solution Architect Core or PSE">
          {certifiedTotal === 0 ? (
            <p>No active employee holds an unexpired Solution Architect Core or PSE certification. This check alone does not block approval.</p>
          ) : (
            <>
              <ul className="list-disc pl-5 [overflow-wrap:anywhere]">
                {partner.earnedCertifications.map((earned) => (
                  <li key={earned.id}>
                    {earned.user.name}: {earned.certification.name}
                    {earned.expiresAt ? `, valid until ${formatDate(earned.expiresAt)}` : ""}
                  </li>
                ))}
              </ul>
              {certifiedTotal > certifiedShown ? <p>…and {certifiedTotal - certifiedShown} more.</p> : null}
            </>
          )}
        </Check>
      </ol>
    </Card>
  );
}

function DecideCard({ page }: { page: NfrRequestPage }) {
  const { request, review } = page;
  if (!review) return null;
  const cam = request.partner.camOwner;
  const encouragement = review.eligibility.certified
    ? null
    : `No employee is certified yet: approving also emails ${request.contactName} (${request.contactEmail})${
        cam?.active ? ` and the CAM, ${cam.name} (${cam.email}),` : ""
      } encouraging them to certify someone.`;
  return (
    <Card title="Decide">
      <div className="space-y-5">
        <ApproveForm requestId={request.id} blocker={review.blocker} note={encouragement} />
        <div className="border-t border-gray-100 pt-4">
          <RejectForm requestId={request.id} partnerName={request.partner.legalName} />
        </div>
        <div className="border-t border-gray-100 pt-4">
          <AskInfoForm requestId={request.id} asking={request.status === "INFO_REQUESTED" ? "again" : "first"} />
        </div>
      </div>
    </Card>
  );
}

/** Where the request stands, in one sentence: it stays on the page after the decision form that changed it is gone. */
function StatusLine({ page: { request } }: { page: NfrRequestPage }) {
  let line: { tone: "warning" | "success" | "error"; text: string } | null = null;
  if (request.status === "INFO_REQUESTED") {
    line = {
      tone: "warning",
      text: `The Partner Help Desk asked for more information on ${formatDate(request.infoRequestedAt ?? request.createdAt)}: the request waits for the requester's answer.`,
    };
  } else if (request.status === "APPROVED" && request.decidedAt && request.license) {
    line = {
      tone: "success",
      text: `Approved on ${formatDate(request.decidedAt)}: license ${request.license.referenceNumber} was emailed to ${request.contactEmail}.`,
    };
  } else if (request.status === "REJECTED" && request.decidedAt) {
    line = { tone: "error", text: `Rejected on ${formatDate(request.decidedAt)}. The reason given: ${request.rejectionReason ?? "none"}` };
  }
  if (!line) return null;
  return (
    <div className="mb-4 [overflow-wrap:anywhere]">
      <StatusAlert tone={line.tone} role="note">
        {line.text}
      </StatusAlert>
    </div>
  );
}

export default async function NfrRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, page } = await loadRequest((await params).id);
  if (!page) notFound();
  const { request, review } = page;
  const tierLabel = humanize(request.partner.tier);
  const answering = request.status === "INFO_REQUESTED" && can(user, "nfr.request");

  return (
    <>
      <PageHeader
        back={backLink(user)}
        title={`NFR request: ${request.partner.legalName}`}
        description={`Filed ${formatDate(request.createdAt)} by ${request.requestedBy.name}`}
        actions={<StatusBadge status={request.status} />}
      />
      <StatusLine page={page} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Request">
          <DescriptionList
            items={[
              { term: "Partner", detail: `${request.partner.legalName} (${tierLabel})` },
              { term: "Contact", detail: `${request.contactName}, ${request.contactEmail}` },
              { term: "Users", detail: String(request.usersCount) },
              { term: "Plan", detail: NFR_PLAN_LABELS[request.plan] },
              {
                term: "Kind",
                detail:
                  request.isRenewal && request.renewsLicense ? (
                    <>
                      Renewal of{" "}
                      <Link href={`/nfr/licenses/${request.renewsLicense.id}`} className="text-blue-700 underline">
                        {request.renewsLicense.referenceNumber}
                      </Link>{" "}
                      (expires {formatDate(request.renewsLicense.expiresOn)}, {humanize(request.renewsLicense.status).toLowerCase()})
                    </>
                  ) : (
                    "New license"
                  ),
              },
              { term: "Justification", detail: request.justification },
              { term: "Requested by", detail: request.requestedBy.name },
              { term: "Filed", detail: formatDateTime(request.createdAt) },
              { term: "Status", detail: humanize(request.status) },
            ]}
          />
        </Card>
        {request.infoRequest || request.decidedAt ? (
          <Card title={request.decidedAt ? "Decision" : "Information asked"}>
            <DescriptionList
              items={[
                ...(request.infoRequest
                  ? [
                      { term: "Question", detail: `${request.infoRequest}` },
                      { term: "Asked", detail: request.infoRequestedAt ? formatDateTime(request.infoRequestedAt) : null },
                      { term: "Answer", detail: request.infoResponse ?? "Not answered yet." },
                      ...(request.infoAnsweredAt ? [{ term: "Answered", detail: formatDateTime(request.infoAnsweredAt) }] : []),
                    ]
                  : []),
                ...(request.decidedAt
                  ? [
                      { term: "Decided", detail: `${formatDateTime(request.decidedAt)} by ${request.decidedBy?.name ?? "the Partner Help Desk"}` },
                      ...(request.rejectionReason ? [{ term: "Rejection reason", detail: request.rejectionReason }] : []),
                      ...(request.license
                        ? [
                            {
                              term: "License",
                              detail: (
                                <>
                                  <Link href={`/nfr/licenses/${request.license.id}`} className="text-blue-700 underline">
                                    {request.license.referenceNumber}
                                  </Link>
                                  , expires {formatDate(request.license.expiresOn)} ({humanize(request.license.status).toLowerCase()})
                                </>
                              ),
                            },
                          ]
                        : []),
                    ]
                  : []),
              ]}
            />
          </Card>
        ) : null}
        {answering ? (
          <Card title="The Partner Help Desk asks">
            <div className="space-y-3 text-sm">
              <p className="text-gray-800 [overflow-wrap:anywhere]">
                <span className="font-medium">Their question:</span> {request.infoRequest}
              </p>
              <AnswerInfoForm requestId={request.id} />
            </div>
          </Card>
        ) : null}
        {review ? (
          <>
            <EligibilityCard review={review} tierLabel={tierLabel} />
            <Card title="License preview">
              <DescriptionList
                items={[
                  { term: "Starts", detail: formatDate(review.preview.startsOn) },
                  {
                    term: "Expires",
                    detail: `${formatDate(review.preview.expiresOn)} (${
                      review.preview.joinsHeldExpiry
                        ? "the same date as the partner's active licenses"
                        : `${NFR_LICENSE_MONTHS} months${request.isRenewal ? ": a renewal runs its own term" : ""}`
                    })`,
                  },
                  { term: "Notes", detail: review.preview.notes },
                  { term: "Sent to", detail: `${request.contactName}, ${request.contactEmail}` },
                ]}
              />
            </Card>
            <DecideCard page={page} />
          </>
        ) : null}
      </div>
      <div className="mt-4">
        <RecordHistory entityType="NfrRequest" entityId={request.id} />
      </div>
    </>
  );
}
