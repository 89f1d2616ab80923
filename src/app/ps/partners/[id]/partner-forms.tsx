"use client";
import { useActionState } from "react";
import { Field, FileField, FormMessage, SelectField, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";
import { MAX_SOW_DOCUMENT_BYTES, SOW_DOCUMENT_TOO_LARGE_MESSAGE } from "@/lib/sow-documents";
import { changeSubcontractRelationshipAction, createPrimeSowAction, recordAgreementExecutedAction } from "@/server/subcontracting/actions";

const RELATIONSHIPS = Object.entries(SUBCONTRACT_RELATIONSHIP_LABELS).map(([value, label]) => ({ value, label }));

export function RelationshipForm({ partnerId, current }: { partnerId: string; current: string | null }) {
  const [state, formAction] = useActionState(changeSubcontractRelationshipAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <SelectField
        name="relationship"
        label="Relationship type"
        state={state}
        options={current ? RELATIONSHIPS : [{ value: "", label: "Choose…" }, ...RELATIONSHIPS]}
        defaultValue={current ?? ""}
        hint="Only staff-augmentation partners see their projects' customer names."
      />
      <SubmitButton pendingLabel="Saving…">Save relationship</SubmitButton>
    </form>
  );
}

/** One form for both agreements: a page holds each field once, so every label names one control. */
export function AgreementExecutedForm({ partnerId, missing }: { partnerId: string; missing: "MSA" | "DPA" | null }) {
  const [state, formAction] = useActionState(recordAgreementExecutedAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Record an executed agreement">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <SelectField
        name="kind"
        label="Agreement"
        state={state}
        options={[
          { value: "MSA", label: "MSA (Master Professional Services Agreement)" },
          { value: "DPA", label: "DPA (Data Processing Agreement)" },
        ]}
        defaultValue={missing ?? "MSA"}
      />
      <Field name="executedOn" label="Executed on" type="date" state={state} required />
      <FileField
        name="signedDocument"
        label="Signed copy (PDF)"
        accept="application/pdf"
        state={state}
        maxBytes={MAX_SOW_DOCUMENT_BYTES}
        tooLargeMessage={SOW_DOCUMENT_TOO_LARGE_MESSAGE}
        required
      />
      <SubmitButton pendingLabel="Recording…">Record as executed</SubmitButton>
    </form>
  );
}

export function NewSowForm({ partnerId }: { partnerId: string }) {
  const [state, formAction] = useActionState(createPrimeSowAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Draft a Prime SOW">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <Field name="amount" label="Amount (USD)" inputMode="decimal" defaultValue="300000" state={state} hint="The standard Prime SOW is $300,000." required />
      <TextareaField
        name="rates"
        label="Rates per role"
        rows={3}
        state={state}
        hint={'One role a line, with its hourly rate in dollars: "Senior Consultant: 225". They can be changed until the SOW is executed.'}
      />
      <SubmitButton pendingLabel="Drafting…">Draft Prime SOW</SubmitButton>
    </form>
  );
}
