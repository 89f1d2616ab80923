"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Field, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { resolveLegalRequestAction } from "@/server/agreements/actions";

/** The two ways a legal request ends, each asked through its own dialog since neither can be taken back. */
export function ResolveLegalRequestForms({ requestId, agreementName }: { requestId: string; agreementName: string }) {
  const [agreedState, agreedAction] = useActionState(resolveLegalRequestAction, IDLE);
  const [declinedState, declinedAction] = useActionState(resolveLegalRequestAction, IDLE);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        Record how the negotiation ended. The partner is emailed the outcome and the region&apos;s PHD specialists are notified.
      </p>
      <div className="flex flex-wrap gap-3">
        <ConfirmDialog
          trigger="Resolve as agreed…"
          title={`Resolve as agreed: ${agreementName}?`}
          confirmLabel="Resolve as agreed"
          pendingLabel="Recording…"
          tone="primary"
          action={agreedAction}
          state={agreedState}
        >
          <p className="text-sm text-gray-700">The company&apos;s agreement is recorded on the terms below; the outcome cannot be changed afterwards.</p>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="outcome" value="AGREED" />
          <Field
            name="negotiatedVersion"
            label="Negotiated version"
            hint="The signed version's reference, e.g. “MPA v1 as amended, signed 2026-11-30”."
            state={agreedState}
          />
          <TextareaField
            name="exception"
            label="Exception to the standard terms"
            hint="Leave empty when the negotiated version says it all."
            rows={3}
            state={agreedState}
          />
        </ConfirmDialog>
        <ConfirmDialog
          trigger="Decline…"
          title={`Decline the request on the ${agreementName}?`}
          confirmLabel="Decline the request"
          pendingLabel="Declining…"
          action={declinedAction}
          state={declinedState}
        >
          <p className="text-sm text-gray-700">The partner reads the reason; the agreement then waits for their acceptance as written.</p>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="outcome" value="DECLINED" />
          <TextareaField name="declineReason" label="Reason for the partner" rows={3} state={declinedState} />
        </ConfirmDialog>
      </div>
    </div>
  );
}
