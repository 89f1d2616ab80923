"use client";
import { useActionState } from "react";
import { FormMessage, RadioGroup, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { saveAgreementsStepAction } from "@/server/applications/actions";
import type { TApplicationDraftData } from "@/server/applications/schemas";
import { StatusAlert } from "@/components/status-alert";

interface AgreementToDecide {
  kind: string;
  templateName: string;
  versionId: string;
  version: number;
  /** The agreement's full text, rendered on the server. */
  text: React.ReactNode;
}

const DECISION_OPTIONS = [
  { value: "ACCEPT", label: "I accept these terms" },
  { value: "NEGOTIATE", label: "I need to negotiate terms", description: "Our legal team contacts you; your application waits for the outcome." },
];

export function AgreementsStepForm({
  agreements,
  saved,
  verificationSentTo,
}: {
  agreements: AgreementToDecide[];
  saved: NonNullable<TApplicationDraftData["agreements"]>;
  verificationSentTo: string | null;
}) {
  const [state, formAction] = useActionState(saveAgreementsStepAction, IDLE);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {verificationSentTo ? (
        <StatusAlert tone="info">We sent a confirmation link to {verificationSentTo}. Open it before you submit; meanwhile, read the agreements.</StatusAlert>
      ) : null}
      <p className="text-sm text-gray-600">Your tracks need these agreements in their current version. Read each one, then accept it or ask to negotiate.</p>
      <FormMessage state={state} />
      {agreements.map((agreement) => {
        const previous = saved[agreement.kind as keyof typeof saved];
        const stillCurrent = previous?.versionId === agreement.versionId;
        return (
          <article key={agreement.kind} aria-labelledby={`agreement-${agreement.kind}`} className="space-y-3 rounded-md border border-gray-200 p-4">
            <h3 id={`agreement-${agreement.kind}`} className="font-semibold">
              {agreement.templateName} <span className="font-normal text-gray-600">(version {agreement.version})</span>
            </h3>
            <div
              tabIndex={0}
              role="region"
              aria-label={`${agreement.templateName} text`}
              className="max-h-64 overflow-y-auto rounded border border-gray-100 bg-gray-50 p-3"
            >
              {agreement.text}
            </div>
            <RadioGroup
              name={`decision_${agreement.kind}`}
              legend={`Your decision on the ${agreement.templateName}`}
              options={DECISION_OPTIONS}
              defaultValue={stillCurrent ? previous.decision : undefined}
              state={state}
            />
            <TextareaField
              name={`reason_${agreement.kind}`}
              label={`Terms to negotiate in the ${agreement.templateName}`}
              hint="Only when you ask to negotiate: which sections, and what you need."
              defaultValue={stillCurrent ? (previous.reason ?? "") : ""}
              rows={3}
              state={state}
            />
          </article>
        );
      })}
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}
