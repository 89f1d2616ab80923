"use client";
import { useActionState } from "react";
import Link from "next/link";
import { FormMessage, SubmitButton, fieldError } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { verifyApplicationEmailAction } from "@/server/applications/actions";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(verifyApplicationEmailAction, IDLE);
  const tokenError = fieldError(state, "token");
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {tokenError ? (
        <p className="text-sm">
          <Link href="/register" className="font-medium text-blue-700 hover:underline">
            Back to your application
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Confirm my email</SubmitButton>
    </form>
  );
}
