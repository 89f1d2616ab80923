import { getApplicationStatus } from "@/server/applications/get-application-status";
import type { SessionUser } from "@/server/auth/policy";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { formatDate } from "@/lib/format";
import { DescriptionList } from "@/components/description-list";
import { getHelpDeskEmail } from "@/server/account/get-help-desk-email";
import { ReapplyForm } from "./reapply-form";
import { StatusAlert } from "@/components/status-alert";

const EXPLANATIONS: Record<string, string> = {
  SUBMITTED: "Your application is submitted. The Partner Help Desk reviews new applications every week.",
  IN_REVIEW: "The Partner Help Desk is reviewing your application.",
  AUTHORIZED: "Your application is approved.",
  DENIED: "Your application was not accepted. You can apply again below once you have addressed the reason.",
  INACTIVE: "Your company's partner account is inactive. Contact the Partner Help Desk to reactivate it.",
};

/** `sentAgain`: the applicant has just applied again after a denial. */
export async function ApplicationStatus({ user, sentAgain }: { user: SessionUser; sentAgain: boolean }) {
  const application = await getApplicationStatus(user);
  const helpDeskEmail = getHelpDeskEmail();
  return (
    <>
      <PageHeader title="Your partner application" description={application.legalName} actions={<StatusBadge status={application.status} />} />
      <div className="space-y-4">
        {sentAgain && application.status === "SUBMITTED" ? (
          <StatusAlert tone="success">Your application is sent again. The Partner Help Desk reviews it with the new applications.</StatusAlert>
        ) : null}
        <Card title="Status">
          <p className="text-sm">{EXPLANATIONS[application.status]}</p>
          {application.status === "DENIED" && application.denialReason ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">Reason:</span> {application.denialReason}
            </p>
          ) : null}
          <p className="mt-2 text-sm">
            Questions about your application? Write to the Partner Help Desk at{" "}
            <a href={`mailto:${helpDeskEmail}`} className="font-medium text-blue-800 underline">
              {helpDeskEmail}
            </a>
            .
          </p>
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
        {application.status === "DENIED" ? (
          <Card title="Apply again">
            <p className="mb-4 text-sm text-gray-700">
              You can send the application again once you have addressed the reason: it goes back to the Partner Help Desk with your answer. Your company
              details and agreements stay as they are.
            </p>
            <ReapplyForm workPlan={application.workPlan ?? ""} />
          </Card>
        ) : null}
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
