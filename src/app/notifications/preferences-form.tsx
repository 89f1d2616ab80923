"use client";
import { useActionState } from "react";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { updateNotificationPreferencesAction } from "@/server/notifications/actions";

const CHANNEL_OPTIONS: { value: NotificationChannel; label: string }[] = [
  { value: "IMMEDIATE", label: "Immediately" },
  { value: "DAILY_DIGEST", label: "Daily digest" },
  { value: "OFF", label: "Off" },
];

/** One channel choice per notification type the person receives; the page passes each type with its label. */
export function PreferencesForm({ types, preferences }: { types: { type: string; label: string }[]; preferences: Record<string, NotificationChannel> }) {
  const [state, formAction] = useActionState(updateNotificationPreferencesAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {types.map(({ type, label }) => (
          <SelectField key={type} name={type} label={label} state={state} options={CHANNEL_OPTIONS} defaultValue={preferences[type]} />
        ))}
      </div>
      <SubmitButton pendingLabel="Saving…">Save email preferences</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
