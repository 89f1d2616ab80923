"use client";
import { useActionState } from "react";
import type { NotificationChannel } from "@/generated/prisma/enums";
import { FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/server/action-state";
import { updateNotificationPreferencesAction } from "@/server/notifications/actions";
import { notificationTypeLabel, type NotificationType } from "@/server/notifications/types";

const CHANNEL_OPTIONS: { value: NotificationChannel; label: string }[] = [
  { value: "IMMEDIATE", label: "Immediately" },
  { value: "DAILY_DIGEST", label: "Daily digest" },
  { value: "OFF", label: "Off" },
];

export function PreferencesForm({ types, preferences }: { types: NotificationType[]; preferences: Record<NotificationType, NotificationChannel> }) {
  const [state, formAction] = useActionState(updateNotificationPreferencesAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {types.map((type) => (
          <SelectField key={type} name={type} label={notificationTypeLabel(type)} state={state} options={CHANNEL_OPTIONS} defaultValue={preferences[type]} />
        ))}
      </div>
      <SubmitButton pendingLabel="Saving…">Save email preferences</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
