"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { decideTimeEntryAction } from "@/server/subcontracting/actions";

/** Approve hours past an authorization (they can then be invoiced), or reject them after confirming. */
export function FlaggedHoursDecision({ entryId, what }: { entryId: string; what: string }) {
  const [approveState, approve] = useActionState(decideTimeEntryAction, IDLE);
  const [rejectState, reject] = useActionState(decideTimeEntryAction, IDLE);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form action={approve} className="space-y-1">
        <FormMessage state={approveState} />
        <input type="hidden" name="entryId" value={entryId} />
        <input type="hidden" name="decision" value="APPROVED" />
        <SubmitButton pendingLabel="Approving…">
          Approve<span className="sr-only"> {what}</span>
        </SubmitButton>
      </form>
      <ConfirmDialog
        trigger="Reject"
        triggerAriaLabel={`Reject ${what}`}
        title="Reject these hours?"
        confirmLabel="Reject the hours"
        pendingLabel="Rejecting…"
        action={reject}
        state={rejectState}
      >
        <p className="text-sm text-gray-700">{what} will not be billed; the consultant&apos;s partner is told.</p>
        <input type="hidden" name="entryId" value={entryId} />
        <input type="hidden" name="decision" value="REJECTED" />
      </ConfirmDialog>
    </div>
  );
}
