"use client";
import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { deactivatePartnerUserAction, reactivatePartnerUserAction } from "@/server/partners/actions";

/**
 * Deactivating (after a confirmation) and reactivating a colleague. Each success swaps one form for the other, so the
 * message saying it was done is kept here, above whichever form the page now shows.
 */
export function AccessForms({ userId, name, isSelf, active }: { userId: string; name: string; isSelf: boolean; active: boolean }) {
  const [deactivated, deactivate] = useActionState(deactivatePartnerUserAction, IDLE);
  const [reactivated, reactivate] = useActionState(reactivatePartnerUserAction, IDLE);
  const [last, setLast] = useState<"deactivate" | "reactivate" | null>(null);
  const deactivation = last === "deactivate" ? deactivated : IDLE;
  const reactivation = last === "reactivate" ? reactivated : IDLE;

  if (active) {
    return (
      <div className="space-y-3">
        {reactivation.status === "success" ? <FormMessage state={reactivation} /> : null}
        <ConfirmDialog
          trigger="Deactivate user"
          title={`Deactivate ${isSelf ? "your own account" : name}?`}
          confirmLabel="Yes, deactivate"
          pendingLabel="Deactivating…"
          action={(formData) => {
            setLast("deactivate");
            deactivate(formData);
          }}
          state={deactivation}
        >
          <p className="text-sm text-gray-700">
            {isSelf ? "You will be signed out and cannot sign in again" : `${name} will be signed out and cannot sign in again`} until a partner admin
            reactivates the account.
          </p>
          <input type="hidden" name="userId" value={userId} />
        </ConfirmDialog>
      </div>
    );
  }
  return (
    <form
      action={(formData) => {
        setLast("reactivate");
        reactivate(formData);
      }}
      className="space-y-3"
    >
      {deactivation.status === "success" ? <FormMessage state={deactivation} /> : null}
      <FormMessage state={reactivation} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pendingLabel="Reactivating…">Reactivate user</SubmitButton>
    </form>
  );
}
