"use client";
import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { acceptAgreementAction, openLegalRequestAction } from "@/server/agreements/actions";

export function AcceptAgreementForm({ versionId, agreementName, companyName }: { versionId: string; agreementName: string; companyName: string }) {
  const [state, formAction] = useActionState(acceptAgreementAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label={`Accept the ${agreementName}`}>
      <input type="hidden" name="versionId" value={versionId} />
      <CheckboxGroup
        name="agree"
        legend="Click-through acceptance"
        state={state}
        options={[{ value: "yes", label: `I have read the ${agreementName} and accept it on behalf of ${companyName}.` }]}
        hint="We record your name, the time, your IP address and browser with the acceptance."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Accepting…">Accept {agreementName}</SubmitButton>
    </form>
  );
}

export function LegalRequestForm({ versionId, agreementName }: { versionId: string; agreementName: string }) {
  const [state, formAction] = useActionState(openLegalRequestAction, IDLE);
  return (
    <details className="rounded-md border border-gray-200 p-3" open={state.status === "error"}>
      <summary className="cursor-pointer text-sm font-medium text-gray-800">I need to negotiate terms</summary>
      <form action={formAction} className="mt-3 space-y-3" aria-label={`Negotiate the ${agreementName}`}>
        <input type="hidden" name="versionId" value={versionId} />
        <TextareaField
          name="reason"
          label="Which terms, and why"
          state={state}
          rows={5}
          hint="Our legal team reads this first. The agreement shows as in negotiation until the request is closed."
        />
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Sending…">Open a legal request</SubmitButton>
      </form>
    </details>
  );
}
