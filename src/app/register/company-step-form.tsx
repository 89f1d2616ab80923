"use client";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { enumOptions } from "@/components/enum-options";
import { IDLE } from "@/lib/action-state";
import { saveCompanyStepAction } from "@/server/applications/actions";
import { Region } from "@/generated/prisma/enums";
import { COMPANY_SIZE_LABELS } from "@/lib/application-form";
import type { TCompanyStep } from "@/server/applications/schemas";

const CHOOSE = { value: "", label: "Choose…" };

export function CompanyStepForm({ saved }: { saved?: TCompanyStep }) {
  const [state, formAction] = useActionState(saveCompanyStepAction, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field name="legalName" label="Company legal name" autoComplete="organization" defaultValue={saved?.legalName} state={state} required />
      <Field
        name="website"
        label="Company website"
        hint="One application per company: we check the website's domain."
        autoComplete="url"
        defaultValue={saved?.website}
        state={state}
        required
      />
      <Field name="country" label="Country of the head office" autoComplete="country-name" defaultValue={saved?.country} state={state} required />
      <SelectField
        name="region"
        label="Region you sell in"
        options={[CHOOSE, ...enumOptions(Object.values(Region))]}
        defaultValue={saved?.region ?? ""}
        state={state}
      />
      <SelectField
        name="size"
        label="Company size"
        options={[CHOOSE, ...Object.entries(COMPANY_SIZE_LABELS).map(([value, label]) => ({ value, label }))]}
        defaultValue={saved?.size ?? ""}
        state={state}
      />
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}
