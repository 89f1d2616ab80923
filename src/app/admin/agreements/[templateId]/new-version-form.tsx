"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { createAgreementVersionAction } from "@/server/agreements/actions";

export function NewVersionForm({ templateId, initialBody }: { templateId: string; initialBody: string }) {
  const [state, formAction] = useActionState(createAgreementVersionAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="templateId" value={templateId} />
      <TextareaField
        name="body"
        label="Agreement text"
        state={state}
        defaultValue={initialBody}
        rows={18}
        className="block w-full rounded-md border border-gray-300 px-3 py-2 font-mono text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600"
        hint="Markdown: # headings, numbered and bulleted lists, **bold**. Saved as a draft; partners see nothing until you publish it."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save draft</SubmitButton>
    </form>
  );
}
