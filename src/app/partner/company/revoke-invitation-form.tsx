"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { IDLE } from "@/lib/action-state";
import { revokeInvitationAction } from "@/server/partners/actions";

export function RevokeInvitationForm({ invitationId, email }: { invitationId: string; email: string }) {
  const [state, formAction] = useActionState(revokeInvitationAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Revoke"
      triggerAriaLabel={`Revoke the invitation for ${email}`}
      title={`Revoke the invitation for ${email}?`}
      confirmLabel="Yes, revoke"
      pendingLabel="Revoking…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The link in the email stops working at once. You can invite {email} again later.</p>
      <input type="hidden" name="invitationId" value={invitationId} />
    </ConfirmDialog>
  );
}
