"use client";
// A file input with the same label, hint and server message as the other fields in form.tsx.
// A browser cannot put a chosen file back into an input, so after a failed submit the user chooses it again.
import { fieldError } from "@/components/form";
import type { ActionState } from "@/server/action-state";

interface FileFieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "defaultValue"> {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
}

export function FileField({ name, label, state, hint, ...inputProps }: FileFieldProps) {
  const id = `field-${name.replace(/[^\w-]/g, "-")}`;
  const error = fieldError(state, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-gray-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full text-sm text-gray-800 file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-gray-50"
        {...inputProps}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-gray-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
