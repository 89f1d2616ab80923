"use client";
import { useActionState, useId } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { answerNfrRequestInfoAction, approveNfrRequestAction, askNfrRequestInfoAction, rejectNfrRequestAction } from "@/server/nfr/actions";

/**
 * Approve, or why not: while the partner is not Authorized or the license would pass its cap the button is disabled
 * and the reason is beside it (and names it for screen readers); the server refuses the same way.
 */
export function ApproveForm({ requestId, blocker, note }: { requestId: string; blocker: string | null; note: string | null }) {
  const [state, formAction] = useActionState(approveNfrRequestAction, IDLE);
  const reasonId = useId();
  if (blocker) {
    return (
      <div className="space-y-2">
        <button
          type="button"
          disabled
          aria-describedby={reasonId}
          className="inline-flex cursor-not-allowed items-center justify-center rounded-md bg-gray-200 px-4 py-2 text-sm font-semibold text-gray-600"
        >
          Approve
        </button>
        <p id={reasonId} className="text-sm text-red-800">
          Approval is refused: {blocker}
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      {note ? <p className="text-sm text-amber-950">{note}</p> : null}
      <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
    </form>
  );
}

export function RejectForm({ requestId, partnerName }: { requestId: string; partnerName: string }) {
  const [state, formAction] = useActionState(rejectNfrRequestAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Reject"
      title={`Reject the NFR request of ${partnerName}?`}
      confirmLabel="Reject the request"
      pendingLabel="Rejecting…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The decision cannot be undone: the requester is told, with your reason.</p>
      <input type="hidden" name="requestId" value={requestId} />
      <TextareaField name="reason" label="Reason" hint="The requester reads this." rows={3} state={state} required />
    </ConfirmDialog>
  );
}

export function AskInfoForm({ requestId, asking }: { requestId: string; asking: "first" | "again" }) {
  const [state, formAction] = useActionState(askNfrRequestInfoAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextareaField
        name="question"
        label="Question"
        hint={
          asking === "again"
            ? "Replaces the question waiting now; the earlier one stays in the history."
            : "The request waits until the requester answers in the portal; you are notified then."
        }
        rows={3}
        state={state}
        required
      />
      <SubmitButton tone="primary" pendingLabel="Asking…">
        Ask for information
      </SubmitButton>
    </form>
  );
}

export function AnswerInfoForm({ requestId }: { requestId: string }) {
  const [state, formAction] = useActionState(answerNfrRequestInfoAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextareaField name="answer" label="Answer" hint="The request goes back to the Partner Help Desk with it." rows={4} state={state} required />
      <SubmitButton pendingLabel="Sending…">Send answer</SubmitButton>
    </form>
  );
}
