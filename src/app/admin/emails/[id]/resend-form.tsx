"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { resendOutboxEmailAction } from "@/server/mail/actions";

export function ResendForm({ emailId }: { emailId: string }) {
  const [state, formAction] = useActionState(resendOutboxEmailAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="emailId" value={emailId} />
      <SubmitButton pendingLabel="Queuing…">Send again</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
