import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getLegalRequest } from "@/server/agreements/get-legal-request";
import { isLegalRequestOutcome, nextLegalRequestStatuses } from "@/server/agreements/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { UpdateLegalRequestForm } from "./update-form";
import { ResolveLegalRequestForms } from "./resolve-forms";
import { formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";

interface LegalRequestPageProps {
  params: Promise<{ id: string }>;
}

// The same cached read as the page's, so naming the company in the title costs no statement.
export async function generateMetadata({ params }: LegalRequestPageProps): Promise<Metadata> {
  const user = await requireCapability("legalRequests.manage");
  const request = await getLegalRequest(user, recordIdParam((await params).id));
  return { title: request ? `Legal request from ${request.partner.legalName} — ${request.version.template.name}` : "Legal request" };
}

export default async function LegalRequestPage({ params }: LegalRequestPageProps) {
  const user = await requireCapability("legalRequests.manage");
  const request = await getLegalRequest(user, recordIdParam((await params).id));
  if (!request) notFound();
  const { version, partner } = request;
  const closed = nextLegalRequestStatuses(request.status).length === 0;
  return (
    <>
      <PageHeader
        back={{ href: "/admin/legal-requests", label: "All legal requests" }}
        title={`Legal request from ${partner.legalName}`}
        description={`${version.template.name} version ${version.version} · ${humanize(partner.region)} · opened ${formatDateTime(request.createdAt)}${request.requestedBy ? ` by ${request.requestedBy.name} (${request.requestedBy.email})` : ""}`}
        actions={<StatusBadge status={request.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title="Reason">
            <p className="whitespace-pre-wrap text-sm text-gray-800">{request.reason}</p>
            <ul className="mt-3 space-y-1 text-sm">
              <li>
                <Link href={`/admin/agreements/${version.template.id}/versions/${version.id}`} className="text-blue-700 underline hover:no-underline">
                  Read {version.template.name} version {version.version}
                </Link>
              </li>
              <li>
                <Link href={`/phd/applicants/${partner.id}`} className="text-blue-700 underline hover:no-underline">
                  {partner.legalName}: {partner.status === "SUBMITTED" || partner.status === "IN_REVIEW" ? "applicant review" : "account review"} (
                  {humanize(partner.status).toLowerCase()})
                </Link>
              </li>
            </ul>
          </Card>
          <Card title="Notes">
            {request.notes ? (
              <p className="whitespace-pre-wrap text-sm text-gray-800">{request.notes}</p>
            ) : (
              <p className="text-sm text-gray-600">No notes yet.</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Outcome">
            {isLegalRequestOutcome(request.status) ? (
              <DescriptionList
                items={[
                  { term: "Outcome", detail: request.status === "RESOLVED" ? "Resolved as agreed" : "Declined" },
                  { term: "Recorded", detail: request.resolvedAt ? formatDateTime(request.resolvedAt) : "—" },
                  ...(request.status === "RESOLVED"
                    ? [
                        { term: "Negotiated version", detail: request.negotiatedVersion ?? "None recorded" },
                        { term: "Exception", detail: request.exception ?? "None recorded" },
                      ]
                    : [{ term: "Reason", detail: request.declineReason ?? "—" }]),
                ]}
              />
            ) : closed ? (
              <p className="text-sm text-gray-600">Withdrawn: there is no outcome to record.</p>
            ) : (
              <ResolveLegalRequestForms requestId={request.id} agreementName={`${version.template.name} version ${version.version}`} />
            )}
          </Card>
          <Card title="Update">
            <UpdateLegalRequestForm
              requestId={request.id}
              currentStatus={request.status}
              nextStatuses={nextLegalRequestStatuses(request.status).filter((status) => !isLegalRequestOutcome(status))}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
