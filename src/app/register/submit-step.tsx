import { humanize } from "@/lib/humanize";
import { COMPANY_SIZE_LABELS } from "@/lib/application-form";
import type { ApplicationDraftView } from "@/server/applications/get-application-draft";
import { ResendVerificationForm, SubmitApplicationForm } from "./submit-forms";

function Summary({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="text-gray-600">{term}</dt>
          <dd className="text-gray-900">{detail || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SubmitStep({ draft }: { draft: ApplicationDraftView }) {
  const { company, program, contact, agreements = {} } = draft.data;
  return (
    <div className="space-y-6">
      {draft.emailVerifiedAt ? (
        <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {draft.email} is confirmed.
        </p>
      ) : (
        <div role="status" className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p>Confirm {draft.email} before you submit: open the link we emailed you. It brings you back here.</p>
          <ResendVerificationForm />
        </div>
      )}
      <section aria-label="Company" className="space-y-2">
        <h3 className="font-semibold">Company</h3>
        <Summary
          items={[
            ["Legal name", company?.legalName],
            ["Website", company?.website],
            ["Country", company?.country],
            ["Region", company ? humanize(company.region) : null],
            ["Size", company ? COMPANY_SIZE_LABELS[company.size] : null],
          ]}
        />
      </section>
      <section aria-label="Tracks and tier" className="space-y-2">
        <h3 className="font-semibold">Tracks and tier</h3>
        <Summary
          items={[
            ["Tracks", program?.tracks.map(humanize).join(", ")],
            ["Tier", program ? humanize(program.tier) : null],
            ["Plans", program?.workPlan],
          ]}
        />
      </section>
      <section aria-label="Primary contact" className="space-y-2">
        <h3 className="font-semibold">Primary contact</h3>
        <Summary
          items={[
            ["Name", contact?.name],
            ["Email", contact?.email],
            ["Phone", contact?.phone],
            ["Job title", contact?.title],
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
