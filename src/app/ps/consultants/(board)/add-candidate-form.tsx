"use client";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { addConsultantAction } from "@/server/subcontracting/actions";

/** A new candidate for one of the coordinator's subcontracting partners; success opens the candidate's page. */
export function AddCandidateForm({ partners }: { partners: { id: string; legalName: string }[] }) {
  const [state, formAction] = useActionState(addConsultantAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-4">
        <SelectField
          name="partnerId"
          label="Partner"
          state={state}
          defaultValue=""
          options={[{ value: "", label: "Choose a partner" }, ...partners.map((partner) => ({ value: partner.id, label: partner.legalName }))]}
        />
        <Field name="name" label="Name" state={state} required maxLength={120} autoComplete="off" />
        <Field name="email" label="Email" type="email" state={state} required maxLength={254} autoComplete="off" />
        <Field
          name="accountEmail"
          label="Portal account (optional)"
          type="email"
          state={state}
          maxLength={254}
          autoComplete="off"
          hint="The email of their user account at the partner: their certifications are read from it."
        />
      </div>
      <SubmitButton pendingLabel="Adding…">Add candidate</SubmitButton>
    </form>
  );
}
