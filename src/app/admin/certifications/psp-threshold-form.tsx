"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { updatePspThresholdAction } from "@/server/certifications/actions";

export function PspThresholdForm({ pspThreshold }: { pspThreshold: number }) {
  const [state, formAction] = useActionState(updatePspThresholdAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <Field
        name="pspThreshold"
        label="Certified PSEs needed for PSP"
        inputMode="numeric"
        state={state}
        defaultValue={String(pspThreshold)}
        hint="1–100."
        required
      />
      <SubmitButton pendingLabel="Saving…">Save threshold</SubmitButton>
    </form>
  );
}
