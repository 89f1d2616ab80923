"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import { IDLE, type ActionState } from "@/lib/action-state";
import { saveCertificationAction } from "@/server/certifications/actions";

interface CertificationValues {
  id: string;
  code: string;
  name: string;
  passingScore: number;
  validityMonths: number | null;
  countsTowardPsp: boolean;
  meetsNfrCheck: boolean;
  active: boolean;
}

const FLAGS = [
  { name: "countsTowardPsp", label: "Counts toward PSP (its holders are certified PSEs)" },
  { name: "meetsNfrCheck", label: "Meets the NFR request's certification check" },
  { name: "active", label: "Active (partners can record it; imports accept it)" },
] as const;

function checked(state: ActionState, name: string, fallback: boolean): boolean {
  // After a failed submit the form shows what was sent: an unticked box sends nothing.
  return state.status === "error" ? state.values[name] !== undefined : fallback;
}

/** Adds a certification (no `certification`) or changes one. */
export function CertificationForm({ certification }: { certification?: CertificationValues }) {
  const [state, formAction] = useActionState(saveCertificationAction, IDLE);
  const prefix = certification ? "edit" : "new";
  return (
    <form action={formAction} className="space-y-3" aria-label={certification ? `Edit ${certification.code}` : "Add a certification"}>
      <FormMessage state={state} />
      <input type="hidden" name="certificationId" value={certification?.id ?? ""} />
      <Field
        name="code"
        label="Code"
        state={state}
        defaultValue={certification?.code}
        hint="Capital letters, digits and dashes, such as PSE. Unique."
        required
      />
      <Field name="name" label="Name" state={state} defaultValue={certification?.name} required />
      <Field
        name="passingScore"
        label="Passing score"
        inputMode="numeric"
        state={state}
        defaultValue={certification ? String(certification.passingScore) : "80"}
        hint="1–100."
        required
      />
      <Field
        name="validityMonths"
        label="Valid for (months)"
        inputMode="numeric"
        state={state}
        defaultValue={certification?.validityMonths === null ? "" : String(certification?.validityMonths ?? 24)}
        hint="Leave empty if it never expires."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-gray-800">Rules</legend>
        {FLAGS.map((flag) => (
          <div key={flag.name} className="flex items-center gap-2 text-sm">
            <input
              id={`${prefix}-${flag.name}`}
              type="checkbox"
              name={flag.name}
              key={`${flag.name}:${state.status}`}
              defaultChecked={checked(state, flag.name, certification ? certification[flag.name] : flag.name === "active")}
              className="h-4 w-4"
            />
            <label htmlFor={`${prefix}-${flag.name}`}>{flag.label}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel="Saving…">{certification ? "Save changes" : "Add certification"}</SubmitButton>
    </form>
  );
}
