"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, fieldError } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { acceptInvitationAction } from "@/server/partners/actions";
import { ChosenPasswordFields } from "@/components/chosen-password-fields";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(acceptInvitationAction, IDLE);
  const tokenError = fieldError(state, "token");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {tokenError && tokenError !== (state.status === "error" ? state.message : undefined) ? <p className="text-sm text-red-700">{tokenError}</p> : null}
      <input type="hidden" name="token" value={token} />
      <Field name="name" label="Your name" autoComplete="name" required state={state} />
      <ChosenPasswordFields state={state} />
      <SubmitButton pendingLabel="Creating your account…">Create my account</SubmitButton>
    </form>
  );
}
