"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { resendApplicationVerificationAction, submitApplicationAction } from "@/server/applications/actions";

export function ResendVerificationForm() {
  const [state, formAction] = useActionState(resendApplicationVerificationAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Sending…">Send the link again</SubmitButton>
    </form>
  );
}

export function SubmitApplicationForm() {
  const [state, formAction] = useActionState(submitApplicationAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <p className="text-sm text-gray-600">After you submit, the Partner Help Desk reviews your application; sign in at any time to see where it stands.</p>
      <SubmitButton pendingLabel="Submitting…">Submit the application</SubmitButton>
    </form>
  );
}
