"use client";
import { useActionState } from "react";
import { CheckboxGroup, FormMessage, RadioGroup, SubmitButton, TextareaField } from "@/components/form";
import { humanize } from "@/lib/humanize";
import { IDLE } from "@/lib/action-state";
import { saveProgramStepAction } from "@/server/applications/actions";
import { TRACK_DESCRIPTIONS, WORK_PLAN_MIN_LENGTH } from "@/lib/application-form";
import type { TProgramStep } from "@/server/applications/schemas";

const TRACK_OPTIONS = Object.entries(TRACK_DESCRIPTIONS).map(([value, description]) => ({ value, label: humanize(value), description }));
const TIER_OPTIONS = [
  { value: "OPEN", label: "Open", description: "Start selling and servicing right away." },
  { value: "SELECT", label: "Select", description: "Higher commitments; MDF requests and the Select logo." },
];

export function ProgramStepForm({ saved }: { saved?: TProgramStep }) {
  const [state, formAction] = useActionState(saveProgramStepAction, IDLE);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <CheckboxGroup
        name="tracks"
        legend="Tracks"
        hint="Choose every way you will work with us; each track may add an agreement."
        options={TRACK_OPTIONS}
        defaultValues={saved?.tracks}
        state={state}
      />
      <RadioGroup name="tier" legend="Tier" options={TIER_OPTIONS} defaultValue={saved?.tier ?? "OPEN"} state={state} />
      <TextareaField
        name="workPlan"
        label="How do you plan to work with us?"
        hint={`Customers and markets you serve, services you offer, what you expect from the program: at least ${WORK_PLAN_MIN_LENGTH} characters.`}
        defaultValue={saved?.workPlan}
        rows={5}
        state={state}
      />
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}
