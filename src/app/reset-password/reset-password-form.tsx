"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, fieldError } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { resetPasswordAction } from "@/server/auth/actions";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/rules";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, IDLE);
  const tokenError = fieldError(state, "token");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {tokenError ? <p className="text-sm text-red-700">{tokenError}</p> : null}
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        required
        state={state}
      />
      <Field name="confirmPassword" label="Repeat the new password" type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
    </form>
  );
}
