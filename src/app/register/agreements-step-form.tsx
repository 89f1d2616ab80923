"use client";
import { useActionState, useState } from "react";
import { FormMessage, RadioGroup, SubmitButton, TextareaField, typedValue } from "@/components/form";
import { IDLE, type ActionState } from "@/lib/action-state";
import { saveAgreementsStepAction } from "@/server/applications/actions";
import type { TApplicationDraftData, TDraftAgreementDecision } from "@/server/applications/schemas";
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
            <AgreementDecision kind={agreement.kind} templateName={agreement.templateName} saved={stillCurrent ? previous : undefined} state={state} />
          </article>
        );
      })}
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}

/**
 * The decision on one agreement and the terms to negotiate, which only a negotiation needs: while "I accept these
 * terms" is chosen the box is disabled (so it is not sent) and emptied.
 */
function AgreementDecision({
  kind,
  templateName,
  saved,
  state,
}: {
  kind: string;
  templateName: string;
  saved: TDraftAgreementDecision | undefined;
  state: ActionState;
}) {
  const decisionField = `decision_${kind}`;
  const reasonField = `reason_${kind}`;
  const [chosen, setChosen] = useState<string | null>(null);
  const decision = chosen ?? typedValue(state, decisionField, saved?.decision ?? "");
  const accepted = decision === "ACCEPT";
  return (
    <div
      className="space-y-3"
      onChange={(event) => {
        const input = event.target as HTMLInputElement;
        if (input.name !== decisionField) return;
        setChosen(input.value);
        const reason = input.form?.elements.namedItem(reasonField);
        if (input.value === "ACCEPT" && reason instanceof HTMLTextAreaElement) reason.value = "";
      }}
    >
      <RadioGroup
        name={decisionField}
        legend={`Your decision on the ${templateName}`}
        options={DECISION_OPTIONS}
        defaultValue={saved?.decision}
        state={state}
      />
      <TextareaField
        name={reasonField}
        label={`Terms to negotiate in the ${templateName}`}
        hint={accepted ? "Not needed: you accept these terms." : "Only when you ask to negotiate: which sections, and what you need."}
        defaultValue={accepted ? "" : (saved?.reason ?? "")}
        disabled={accepted}
        rows={3}
        state={state}
      />
    </div>
  );
}
