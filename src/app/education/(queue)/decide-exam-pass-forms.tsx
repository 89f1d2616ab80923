"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { rejectExamPassAction, verifyExamPassAction } from "@/server/certifications/actions";

export function VerifyExamPassForm({ stepId, label }: { stepId: string; label: string }) {
  const [state, formAction] = useActionState(verifyExamPassAction, IDLE);
  return (
    <form action={formAction} aria-label={`Verify ${label}`} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="stepId" value={stepId} />
      <SubmitButton pendingLabel="Verifying…">Verify</SubmitButton>
    </form>
  );
}

export function RejectExamPassForm({ stepId, label }: { stepId: string; label: string }) {
  const [state, formAction] = useActionState(rejectExamPassAction, IDLE);
  return (
    <form action={formAction} aria-label={`Reject ${label}`} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="stepId" value={stepId} />
      <TextareaField name="reason" label="Reason for rejecting" rows={2} state={state} hint="The person is told this reason." />
      <SubmitButton tone="danger" pendingLabel="Rejecting…">
        Reject
      </SubmitButton>
    </form>
  );
}
