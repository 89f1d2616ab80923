"use client";
import { useActionState } from "react";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { FormMessage, SubmitButton, fieldError, typedValue } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { updateNotificationPreferencesAction } from "@/server/notifications/actions";
import { NOTIFICATION_TYPES, type NotificationType } from "@/server/notifications/types";

const CHANNEL_OPTIONS: { value: NotificationChannel; label: string }[] = [
  { value: "IMMEDIATE", label: "Immediately" },
  { value: "DAILY_DIGEST", label: "Daily digest" },
  { value: "OFF", label: "Off" },
];

export function PreferencesForm({ preferences }: { preferences: Record<NotificationType, NotificationChannel> }) {
  const [state, formAction] = useActionState(updateNotificationPreferencesAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {NOTIFICATION_TYPES.map(({ type, label }) => {
          const id = `preference-${type.replace(".", "-")}`;
          const error = fieldError(state, type);
          const value = typedValue(state, type, preferences[type]);
          return (
            <div key={type} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-gray-800">
                {label}
              </label>
              <select
                id={id}
                name={type}
                // A new key after a failed submit makes React re-apply what the user chose.
                key={`${type}:${value}`}
                defaultValue={value}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
              >
                {CHANNEL_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              {error ? (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <SubmitButton pendingLabel="Saving…">Save email preferences</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
