"use client";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { IDLE } from "@/server/action-state";
import { revokeInvitationAction } from "@/server/partners/actions";

function RevokeButton({ email }: { email: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-label={`Revoke the invitation for ${email}`}
      className="rounded-md border border-gray-300 bg-white px-3 py-1 text-sm font-medium hover:bg-gray-50 disabled:opacity-60"
    >
      {pending ? "Revoking…" : "Revoke"}
    </button>
  );
}

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, formAction] = useActionState(revokeInvitationAction, IDLE);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="invitationId" value={invitationId} />
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <RevokeButton email={email} />
    </form>
  );
}
