"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { createAgreementVersionAction, updateAgreementDraftAction } from "@/server/agreements/actions";

type AgreementBodyFormProps = { mode: "create"; templateId: string; body: string } | { mode: "edit"; versionId: string; body: string };

/** The draft's markdown: a new draft of a template, or changes to an unpublished one. */
export function AgreementBodyForm(props: AgreementBodyFormProps) {
  const [state, formAction] = useActionState(props.mode === "create" ? createAgreementVersionAction : updateAgreementDraftAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      {props.mode === "create" ? (
        <input type="hidden" name="templateId" value={props.templateId} />
      ) : (
        <input type="hidden" name="versionId" value={props.versionId} />
      )}
      <TextareaField
        name="body"
        label="Agreement text"
        state={state}
        defaultValue={props.body}
        rows={18}
        monospace
        hint={
          props.mode === "create"
            ? "Markdown: # headings, numbered and bulleted lists, **bold**. Saved as a draft; partners see nothing until you publish it."
            : "Markdown. Saving updates the preview."
        }
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save draft</SubmitButton>
    </form>
  );
}
