"use client";
import { useActionState } from "react";
import { Field, FileField, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { recordCertificationStepAction } from "@/server/certifications/actions";
import { CERTIFICATE_TOO_LARGE_MESSAGE, MAX_CERTIFICATE_BYTES, STEP_KINDS, STEP_LABELS } from "@/lib/certifications";

export function RecordStepForm({ catalog, today }: { catalog: { id: string; name: string; passingScore: number }[]; today: string }) {
  const [state, formAction] = useActionState(recordCertificationStepAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SelectField
        name="certificationId"
        label="Certification"
        state={state}
        defaultValue={catalog[0]?.id ?? ""}
        options={catalog.map((certification) => ({ value: certification.id, label: `${certification.name} (pass: ${certification.passingScore})` }))}
      />
      <SelectField
        name="step"
        label="Step"
        state={state}
        defaultValue="TRAINING"
        options={STEP_KINDS.map((kind) => ({ value: kind, label: STEP_LABELS[kind] }))}
      />
      <Field name="score" label="Exam score" state={state} inputMode="numeric" hint="Exams only: your score, at least the certification's passing score." />
      <Field name="completedOn" label="Completed on" type="date" max={today} state={state} required />
      <FileField
        name="certificate"
        label="Certificate"
        accept="application/pdf,image/png"
        hint={`PDF or PNG, up to ${MAX_CERTIFICATE_BYTES / 1024 / 1024} MB.`}
        maxBytes={MAX_CERTIFICATE_BYTES}
        tooLargeMessage={CERTIFICATE_TOO_LARGE_MESSAGE}
        state={state}
        required
      />
      <SubmitButton pendingLabel="Recording…">Record step</SubmitButton>
    </form>
  );
}
