import Link from "next/link";
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
        <SectionHeading title="Company" step={1} />
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
        <SectionHeading title="Tracks and tier" step={2} />
        <DescriptionList
          items={[
            { term: "Tracks", detail: program?.tracks.map(humanize).join(", ") },
            { term: "Tier", detail: program ? humanize(program.tier) : null },
            { term: "Plans", detail: program?.workPlan },
          ]}
        />
      </section>
      <section aria-label="Primary contact" className="space-y-2">
        <SectionHeading title="Primary contact" step={3} />
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
        <SectionHeading title="Agreements" step={4} />
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

/** A section of the summary, with the way back to the step that holds its answers. */
function SectionHeading({ title, step }: { title: string; step: number }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <h3 className="font-semibold">{title}</h3>
      <Link href={`/register?step=${step}`} className="text-sm font-medium text-blue-700 hover:underline">
        Edit<span className="sr-only"> {title.toLowerCase()}</span>
      </Link>
    </div>
  );
}
