"use client";
// The one field set every form uses: a label, the input, and the server's message next to it.
import { useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/action-state";
import { StatusAlert } from "@/components/status-alert";

export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}

/** What the user typed, kept after a failed submit. */
export function typedValue(state: ActionState, name: string, fallback = ""): string {
  return state.status === "error" ? (state.values[name] ?? fallback) : fallback;
}

/** The label, hint and server message around one control, wired for screen readers. */
function FieldFrame(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block text-sm font-medium text-gray-800">
        {props.label}
      </label>
      {props.children({ "aria-invalid": props.error ? true : undefined, "aria-describedby": describedBy })}
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-gray-500">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

const CONTROL_CLASSES =
  "block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-red-600";

/** Field ids from names, which may hold dots ("nfr.request_submitted"). */
function fieldId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, "-")}`;
}

interface FieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, "name"> {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
}

export function Field({ name, label, state, hint, defaultValue, type = "text", ...inputProps }: FieldProps) {
  const id = fieldId(name);
  const keepsValue = type !== "password" && type !== "hidden";
  return (
    <FieldFrame id={id} label={label} hint={hint} error={fieldError(state, name)}>
      {(aria) => (
        <input
          id={id}
          name={name}
          type={type}
          // A new key after each submit makes React re-apply the value the user typed.
          key={state.status === "error" && keepsValue ? `${name}:${state.values[name] ?? ""}` : name}
          defaultValue={keepsValue ? typedValue(state, name, defaultValue?.toString() ?? "") : undefined}
          className={CONTROL_CLASSES}
          {...aria}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  state: ActionState;
  options: readonly { value: string; label: string }[];
  defaultValue: string;
  hint?: string;
}

export function SelectField({ name, label, state, options, defaultValue, hint }: SelectFieldProps) {
  const id = fieldId(name);
  const value = typedValue(state, name, defaultValue);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={fieldError(state, name)}>
      {(aria) => (
        // A new key after a failed submit makes React re-apply what the user chose.
        <select id={id} name={name} key={`${name}:${value}`} defaultValue={value} className={CONTROL_CLASSES} {...aria}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface TextareaFieldProps extends Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue"> {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
  defaultValue?: string;
  /** For text whose markup matters, such as markdown. */
  monospace?: boolean;
}

export function TextareaField({ name, label, state, hint, defaultValue = "", rows = 4, monospace = false, ...textareaProps }: TextareaFieldProps) {
  const id = fieldId(name);
  const value = typedValue(state, name, defaultValue);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={fieldError(state, name)}>
      {(aria) => (
        <textarea
          id={id}
          name={name}
          key={`${name}:${value}`}
          defaultValue={value}
          rows={rows}
          className={monospace ? `${CONTROL_CLASSES} font-mono` : CONTROL_CLASSES}
          {...aria}
          {...textareaProps}
        />
      )}
    </FieldFrame>
  );
}

type FileFieldProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "defaultValue" | "onChange"> & {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
} & ({ maxBytes: number; tooLargeMessage: string } | { maxBytes?: undefined; tooLargeMessage?: undefined });

/**
 * A browser cannot put a chosen file back into an input, so after a failed submit the user chooses it again.
 * With `maxBytes`, a file that is too big is refused as soon as it is chosen, with the server's own message: Next's
 * server actions take bodies up to 1 MB, so a larger file would fail before the server's check and show the error
 * page instead. The input is marked invalid, which stops the browser from submitting the form.
 */
export function FileField({ name, label, state, hint, maxBytes, tooLargeMessage, ...inputProps }: FileFieldProps) {
  const id = fieldId(name);
  const [tooLarge, setTooLarge] = useState(false);
  function checkSize(event: React.ChangeEvent<HTMLInputElement>) {
    if (maxBytes === undefined) return;
    const overLimit = [...(event.target.files ?? [])].some((file) => file.size > maxBytes);
    event.target.setCustomValidity(overLimit ? tooLargeMessage : "");
    setTooLarge(overLimit);
  }
  return (
    <FieldFrame id={id} label={label} hint={hint} error={tooLarge ? tooLargeMessage : fieldError(state, name)}>
      {(aria) => (
        <input
          id={id}
          name={name}
          type="file"
          onChange={checkSize}
          className="block w-full text-sm text-gray-800 file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-gray-50"
          {...aria}
          {...inputProps}
        />
      )}
    </FieldFrame>
  );
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  state: ActionState;
  options: readonly { value: string; label: string; description?: string }[];
  hint?: string;
}

/** Several choices under one legend: checkboxes (any number) or radios (one). */
function ChoiceGroup({ name, legend, state, options, hint, type, selected }: ChoiceGroupProps & { type: "checkbox" | "radio"; selected: string[] }) {
  const id = fieldId(name);
  const error = fieldError(state, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      // An outline rather than a border: a fieldset's border runs through its legend.
      className={error ? "space-y-2 rounded-md outline-1 outline-offset-4 outline-red-600" : "space-y-2"}
      role={type === "radio" ? "radiogroup" : undefined}
      // ARIA allows aria-invalid on a radiogroup but not on a plain group, so checkboxes carry it one by one.
      aria-invalid={type === "radio" && error ? true : undefined}
      aria-describedby={describedBy}
    >
      <legend className="text-sm font-medium text-gray-800">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      <div className="space-y-1" key={`${name}:${selected.join(",")}`}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              type={type}
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              aria-invalid={error ? true : undefined}
              className="mt-0.5 h-4 w-4 shrink-0 rounded border-gray-300 text-blue-700"
            />
            <span>
              {option.label}
              {option.description ? <span className="block text-xs text-gray-500">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The values a failed submit echoed back for a checkbox group (joined with commas by the action client). */
function typedValues(state: ActionState, name: string, fallback: readonly string[]): string[] {
  if (state.status !== "error") return [...fallback];
  const echoed = state.values[name];
  return echoed ? echoed.split(",") : [];
}

export function CheckboxGroup(props: ChoiceGroupProps & { defaultValues?: readonly string[] }) {
  return <ChoiceGroup {...props} type="checkbox" selected={typedValues(props.state, props.name, props.defaultValues ?? [])} />;
}

export function RadioGroup(props: ChoiceGroupProps & { defaultValue?: string }) {
  const value = typedValue(props.state, props.name, props.defaultValue ?? "");
  return <ChoiceGroup {...props} type="radio" selected={value ? [value] : []} />;
}

const SUBMIT_TONE_CLASSES = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 focus:ring-blue-600 aria-disabled:hover:bg-blue-700",
  danger: "bg-red-700 text-white hover:bg-red-800 focus:ring-red-600 aria-disabled:hover:bg-red-700",
  // For an action repeated on every row of a list (each notice's "Mark as read"): a link's look, so one solid button stands out.
  quiet: "bg-transparent px-0! py-0! font-medium! text-blue-700 underline hover:text-blue-900 focus:ring-blue-600",
} as const;

/**
 * While the action runs the button stays focusable and only ignores clicks: a disabled button drops keyboard focus to
 * the page's start. The click is what both Enter in a field and a press on the button send, so one check stops both.
 */
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  tone?: keyof typeof SUBMIT_TONE_CLASSES;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold focus:outline-none focus:ring-2 focus:ring-offset-2 aria-disabled:cursor-wait aria-disabled:opacity-60 ${SUBMIT_TONE_CLASSES[tone]}`}
    >
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}

const INVALID_CONTROL = ':is(input, select, textarea)[aria-invalid="true"]:not([type="hidden"]):not(:disabled)';

/**
 * After a failed submit, focus goes where the user has to act: the form's first invalid control, or the message itself
 * when the error belongs to no control on the form. Doing it here puts it in every form without each one asking.
 */
function useFocusOnError(state: ActionState) {
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !message.current) return;
    const firstInvalid = message.current.closest("form")?.querySelector<HTMLElement>(INVALID_CONTROL);
    (firstInvalid ?? message.current).focus();
  }, [state]);
  return message;
}

/** The form-level outcome: an alert for errors, a status line for success. */
export function FormMessage({ state }: { state: ActionState }) {
  const errorMessage = useFocusOnError(state);
  if (state.status === "error") {
    return (
      <StatusAlert ref={errorMessage} tone="error" tabIndex={-1}>
        {state.message}
      </StatusAlert>
    );
  }
  if (state.status === "success") return <StatusAlert tone="success">{state.message}</StatusAlert>;
  return null;
}
