"use client";
import { useActionState, useState } from "react";
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

/** Publishing cannot be undone, so it takes two steps: ask, then confirm with what it will do spelled out. */
export function PublishForm({ versionId, agreementName }: { versionId: string; agreementName: string }) {
  const [state, formAction] = useActionState(publishAgreementVersionAction, IDLE);
  const [confirming, setConfirming] = useState(false);
  if (!confirming && state.status !== "error") {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-md border border-blue-700 bg-white px-4 py-2 text-sm font-semibold text-blue-800 hover:bg-blue-50"
      >
        Publish…
      </button>
    );
  }
  return (
    <form action={formAction} role="group" aria-label="Confirm publishing" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <input type="hidden" name="versionId" value={versionId} />
      <p className="text-sm text-amber-950">
        Publish the {agreementName}? It becomes the current version at once: every company that needs this agreement is asked to accept it, and the
        text can no longer be changed.
      </p>
      <FormMessage state={state} />
      <div className="flex gap-3">
        <SubmitButton pendingLabel="Publishing…">Publish {agreementName}</SubmitButton>
        <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-50">
          Cancel
        </button>
      </div>
    </form>
  );
}
