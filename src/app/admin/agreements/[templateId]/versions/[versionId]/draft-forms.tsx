"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { publishAgreementVersionAction, updateAgreementDraftAction } from "@/server/agreements/actions";

export function EditDraftForm({ versionId, body }: { versionId: string; body: string }) {
  const [state, formAction] = useActionState(updateAgreementDraftAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="versionId" value={versionId} />
      <TextareaField
        name="body"
        label="Agreement text"
        state={state}
        defaultValue={body}
        rows={18}
        className="block w-full rounded-md border border-gray-300 px-3 py-2 font-mono text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600"
        hint="Markdown. Saving updates the preview."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save draft</SubmitButton>
    </form>
  );
}

export function PublishForm({ versionId, agreementName }: { versionId: string; agreementName: string }) {
  const [state, formAction] = useActionState(publishAgreementVersionAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Publish…"
      title={`Publish the ${agreementName}?`}
      confirmLabel={`Publish ${agreementName}`}
      pendingLabel="Publishing…"
      action={formAction}
      state={state}
      tone="primary"
    >
      <p className="text-sm text-gray-700">
        It becomes the current version at once: every company that needs this agreement is asked to accept it, and the text can no longer be changed.
      </p>
      <input type="hidden" name="versionId" value={versionId} />
    </ConfirmDialog>
  );
}
