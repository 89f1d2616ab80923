"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { IDLE } from "@/lib/action-state";
import { deactivatePartnerUserAction } from "@/server/partners/actions";

export function DeactivateForm({ userId, name, isSelf }: { userId: string; name: string; isSelf: boolean }) {
  const [state, formAction] = useActionState(deactivatePartnerUserAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Deactivate user"
      title={`Deactivate ${isSelf ? "your own account" : name}?`}
      confirmLabel="Yes, deactivate"
      pendingLabel="Deactivating…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">
        {isSelf ? "You will be signed out and cannot sign in again" : `${name} will be signed out and cannot sign in again`} until a partner admin reactivates
        the account.
      </p>
      <input type="hidden" name="userId" value={userId} />
    </ConfirmDialog>
  );
}
