import { Field } from "@/components/form";
import type { ActionState } from "@/lib/action-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/password-rules";

/** A password being chosen, typed twice: the fields for `ZNewPasswordFields` wherever one is chosen. */
export function ChosenPasswordFields({ state, label = "Password", hint }: { state: ActionState; label?: string; hint?: string }) {
  return (
    <>
      <Field
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        hint={[`At least ${MIN_PASSWORD_LENGTH} characters.`, hint].filter(Boolean).join(" ")}
        required
        state={state}
      />
      <Field name="confirmPassword" label={`Repeat the ${label.toLowerCase()}`} type="password" autoComplete="new-password" required state={state} />
    </>
  );
}
