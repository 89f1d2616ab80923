import { getApplicationStatus } from "@/server/applications/get-application-status";
import type { SessionUser } from "@/server/auth/policy";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";
import { DescriptionList } from "@/components/description-list";

const EXPLANATIONS: Record<string, string> = {
  SUBMITTED: "Your application is submitted. The Partner Help Desk reviews new applications every week.",
  IN_REVIEW: "The Partner Help Desk is reviewing your application.",
  AUTHORIZED: "Your application is approved.",
  DENIED: "Your application was not accepted.",
  INACTIVE: "Your company's partner account is inactive. Contact the Partner Help Desk to reactivate it.",
};

export async function ApplicationStatus({ user }: { user: SessionUser }) {
  const application = await getApplicationStatus(user);
  return (
    <>
      <PageHeader title="Your partner application" description={application.legalName} actions={<StatusBadge status={application.status} />} />
      <div className="space-y-4">
        <Card title="Status">
          <p className="text-sm">{EXPLANATIONS[application.status]}</p>
          {application.status === "DENIED" && application.denialReason ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">Reason:</span> {application.denialReason}
            </p>
          ) : null}
          <DescriptionList
            className="mt-3"
            items={[
              { term: "Submitted", detail: formatDate(application.submittedAt, "long") },
              ...(application.decidedAt ? [{ term: "Decided", detail: formatDate(application.decidedAt, "long") }] : []),
              { term: "Tracks", detail: application.tracks.map(humanize).join(", ") },
              { term: "Tier", detail: humanize(application.tier) },
            ]}
          />
        </Card>
        <Card title="Agreements">
          <ul className="space-y-1 text-sm">
            {application.agreementAcceptances.map((acceptance) => (
              <li key={acceptance.id}>
                {acceptance.version.template.name} (version {acceptance.version.version}): accepted on {formatDate(acceptance.acceptedAt, "long")}
              </li>
            ))}
            {application.legalRequests.map((request) => (
              <li key={request.id}>
                {request.version.template.name} (version {request.version.version}): negotiation {humanize(request.status).toLowerCase()}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
