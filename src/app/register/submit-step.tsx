import { humanize } from "@/lib/humanize";
import { COMPANY_SIZE_LABELS } from "@/lib/application-form";
import type { ApplicationDraftView } from "@/server/applications/get-application-draft";
import { ResendVerificationForm, SubmitApplicationForm } from "./submit-forms";
import { StatusAlert } from "@/components/status-alert";
import { DescriptionList } from "@/components/description-list";

export function SubmitStep({ draft }: { draft: ApplicationDraftView }) {
  const { company, program, contact, agreements = {} } = draft.data;
  return (
    <div className="space-y-6">
      {draft.emailVerifiedAt ? (
        <StatusAlert tone="success">{draft.email} is confirmed.</StatusAlert>
      ) : (
        <StatusAlert tone="warning" className="space-y-2">
          <p>Confirm {draft.email} before you submit: open the link we emailed you. It brings you back here.</p>
          <ResendVerificationForm />
        </StatusAlert>
      )}
      <section aria-label="Company" className="space-y-2">
        <h3 className="font-semibold">Company</h3>
        <DescriptionList
          items={[
            { term: "Legal name", detail: company?.legalName },
            { term: "Website", detail: company?.website },
            { term: "Country", detail: company?.country },
            { term: "Region", detail: company ? humanize(company.region) : null },
            { term: "Size", detail: company ? COMPANY_SIZE_LABELS[company.size] : null },
          ]}
        />
      </section>
      <section aria-label="Tracks and tier" className="space-y-2">
        <h3 className="font-semibold">Tracks and tier</h3>
        <DescriptionList
          items={[
            { term: "Tracks", detail: program?.tracks.map(humanize).join(", ") },
            { term: "Tier", detail: program ? humanize(program.tier) : null },
            { term: "Plans", detail: program?.workPlan },
          ]}
        />
      </section>
      <section aria-label="Primary contact" className="space-y-2">
        <h3 className="font-semibold">Primary contact</h3>
        <DescriptionList
          items={[
            { term: "Name", detail: contact?.name },
            { term: "Email", detail: contact?.email },
            { term: "Phone", detail: contact?.phone },
            { term: "Job title", detail: contact?.title },
          ]}
        />
      </section>
      <section aria-label="Agreements" className="space-y-2">
        <h3 className="font-semibold">Agreements</h3>
        <ul className="space-y-1 text-sm">
          {draft.agreements.map((agreement) => {
            const decision = agreements[agreement.kind];
            return (
              <li key={agreement.kind}>
                {agreement.templateName} (version {agreement.version}):{" "}
                {decision?.versionId !== agreement.versionId ? "not decided" : decision.decision === "ACCEPT" ? "accepted" : "to negotiate with our legal team"}
              </li>
            );
          })}
        </ul>
      </section>
      <SubmitApplicationForm />
    </div>
  );
}
