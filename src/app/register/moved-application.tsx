"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { requestApplicationHandoverAction } from "@/server/applications/actions";
import { StatusAlert } from "@/components/status-alert";

/** Shown to the browser whose application moved when its email was confirmed in another browser. */
export function MovedApplication({ email }: { email: string }) {
  const [state, formAction] = useActionState(requestApplicationHandoverAction, IDLE);
  return (
    <div className="space-y-4">
      <StatusAlert tone="warning" role="note">
        <p className="font-medium">Your application continues in another browser.</p>
        <p className="mt-1">
          {email} was confirmed in another browser, and the application went with it: a confirmation link hands the application to the browser that opens it, so
          no one else can submit it in your name. Your answers are kept.
        </p>
      </StatusAlert>
      <p className="text-sm text-gray-700">
        Continue in the browser where you confirmed your email, or continue here: we email a new link to {email}; open it in this browser.
      </p>
      <form action={formAction} className="space-y-3">
        <FormMessage state={state} />
        <SubmitButton pendingLabel="Sending…">Email me a link to continue here</SubmitButton>
      </form>
    </div>
  );
}
