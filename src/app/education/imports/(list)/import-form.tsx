"use client";
import { useActionState } from "react";
import { FileField, FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { importCompletionsAction } from "@/server/certifications/actions";
import { IMPORT_COLUMNS, IMPORT_TOO_LARGE_MESSAGE, MAX_IMPORT_BYTES } from "@/lib/certifications";

export function ImportForm() {
  const [state, formAction] = useActionState(importCompletionsAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <FileField
        name="file"
        label="Completions file (CSV)"
        accept=".csv,text/csv"
        hint={`A CSV file up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB whose first row names the columns: ${IMPORT_COLUMNS.join(", ")}. Steps are training, lab or exam; dates are YYYY-MM-DD.`}
        maxBytes={MAX_IMPORT_BYTES}
        tooLargeMessage={IMPORT_TOO_LARGE_MESSAGE}
        state={state}
        required
      />
      <SubmitButton pendingLabel="Uploading…">Import completions</SubmitButton>
    </form>
  );
}
