"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { WORK_PLAN_MIN_LENGTH } from "@/lib/application-form";
import { reapplyApplicationAction } from "@/server/applications/actions";

export function ReapplyForm({ workPlan }: { workPlan: string }) {
  const [state, formAction] = useActionState(reapplyApplicationAction, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextareaField
        name="whatChanged"
        label="What has changed since the decision?"
        hint="Answer the reason above: what you changed, or what the reviewer should know. At least 20 characters."
        rows={4}
        state={state}
      />
      <TextareaField
        name="workPlan"
        label="How do you plan to work with us?"
        hint={`Customers and markets you serve, services you offer, what you expect from the program: at least ${WORK_PLAN_MIN_LENGTH} characters.`}
        defaultValue={workPlan}
        rows={5}
        state={state}
      />
      <SubmitButton pendingLabel="Sending…">Apply again</SubmitButton>
    </form>
  );
}
