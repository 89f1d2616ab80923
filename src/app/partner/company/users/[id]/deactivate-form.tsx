"use client";
import { useActionState, useEffect, useRef } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { deactivatePartnerUserAction } from "@/server/partners/actions";

/**
 * Deactivating takes two steps: the button opens a modal dialog (focus moves into it, Escape closes it) that says
 * what will happen, and only its own button submits.
 */
export function DeactivateForm({ userId, name, isSelf }: { userId: string; name: string; isSelf: boolean }) {
  const [state, formAction] = useActionState(deactivatePartnerUserAction, IDLE);
  const dialog = useRef<HTMLDialogElement>(null);

  // The outcome is shown beside the button that opened the dialog, so the dialog closes once there is one.
  useEffect(() => {
    if (state.status !== "idle") dialog.current?.close();
  }, [state]);

  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-600 focus:ring-offset-2"
      >
        Deactivate user
      </button>
      <dialog ref={dialog} aria-labelledby="deactivate-title" className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <form action={formAction} className="space-y-4">
          <h2 id="deactivate-title" className="text-lg font-semibold">
            Deactivate {isSelf ? "your own account" : name}?
          </h2>
          <p className="text-sm text-gray-700">
            {isSelf ? "You will be signed out and cannot sign in again" : `${name} will be signed out and cannot sign in again`} until a partner admin
            reactivates the account.
          </p>
          <input type="hidden" name="userId" value={userId} />
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-50"
            >
              Cancel
            </button>
            <SubmitButton pendingLabel="Deactivating…">Yes, deactivate</SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}
