"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { changeWorkAuthorizationStatusAction } from "@/server/subcontracting/actions";

const LABELS = { ACTIVATE: "Activate", COMPLETE: "Mark completed" } as const;

export function StatusMoveForm({ workAuthorizationId, move }: { workAuthorizationId: string; move: "ACTIVATE" | "COMPLETE" }) {
  const [state, formAction] = useActionState(changeWorkAuthorizationStatusAction, IDLE);
  return (
    <form action={formAction} className="space-y-2" aria-label={LABELS[move]}>
      <FormMessage state={state} />
      <input type="hidden" name="workAuthorizationId" value={workAuthorizationId} />
      <input type="hidden" name="move" value={move} />
      <SubmitButton pendingLabel="Saving…">{LABELS[move]}</SubmitButton>
    </form>
  );
}

export function CancelWorkAuthorizationForm({
  workAuthorizationId,
  projectName,
  amount,
}: {
  workAuthorizationId: string;
  projectName: string;
  amount: string;
}) {
  const [state, formAction] = useActionState(changeWorkAuthorizationStatusAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Cancel authorization"
      title={`Cancel the work authorization "${projectName}"?`}
      confirmLabel="Cancel it"
      pendingLabel="Cancelling…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">
        No more hours can be logged on it, and its {amount} goes back to the SOW&apos;s funds. A cancelled authorization cannot be reopened.
      </p>
      <input type="hidden" name="workAuthorizationId" value={workAuthorizationId} />
      <input type="hidden" name="move" value="CANCEL" />
    </ConfirmDialog>
  );
}
