"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, fieldError } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { resetPasswordAction } from "@/server/account/actions";
import { ChosenPasswordFields } from "@/components/chosen-password-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, IDLE);
  const tokenError = fieldError(state, "token");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {tokenError ? <p className="text-sm text-red-700">{tokenError}</p> : null}
      <input type="hidden" name="token" value={token} />
      <ChosenPasswordFields label="New password" state={state} />
      <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
    </form>
  );
}
