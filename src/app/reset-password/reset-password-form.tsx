"use client";
import { useActionState } from "react";
import Link from "next/link";
import { FormMessage, SubmitButton, fieldError } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { resetPasswordAction } from "@/server/account/actions";
import { ChosenPasswordFields } from "@/components/chosen-password-fields";
import { StatusAlert } from "@/components/status-alert";
import { ASK_FOR_RESET_LINK } from "./reset-link";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPasswordAction, IDLE);
  // The page checked the link when it loaded; it can still stop working before the form is sent (used in another tab).
  const tokenError = fieldError(state, "token");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {tokenError ? (
        <StatusAlert tone="error">
          {tokenError}{" "}
          <Link href={ASK_FOR_RESET_LINK.href} className="font-medium text-blue-800 underline">
            {ASK_FOR_RESET_LINK.label}
          </Link>
        </StatusAlert>
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="token" value={token} />
      <ChosenPasswordFields label="New password" state={state} />
      <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
    </form>
  );
}
