"use client";
import { useActionState } from "react";
import type { LegalRequestStatus } from "@/generated/prisma/enums";
import { FormMessage, SelectField, SubmitButton, TextareaField } from "@/components/form";
import { humanize } from "@/lib/humanize";
import { IDLE } from "@/lib/action-state";
import { updateLegalRequestAction } from "@/server/agreements/actions";

export function UpdateLegalRequestForm(props: { requestId: string; currentStatus: LegalRequestStatus; nextStatuses: LegalRequestStatus[] }) {
  const [state, formAction] = useActionState(updateLegalRequestAction, IDLE);
  const options = [
    { value: "", label: `Keep: ${humanize(props.currentStatus)}` },
    ...props.nextStatuses.map((status) => ({ value: status, label: humanize(status) })),
  ];
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="requestId" value={props.requestId} />
      {/* A new key per status makes the select start from "Keep" again once a change has been saved. */}
      <SelectField key={props.currentStatus} name="status" label="Status" state={state} options={options} defaultValue="" />
      <TextareaField
        key={`note:${props.currentStatus}:${state.status}`}
        name="note"
        label="Add a note"
        state={state}
        rows={5}
        hint="Appended with today's date and your name; earlier notes are kept."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
