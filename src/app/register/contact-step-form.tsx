"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { saveContactStepAction } from "@/server/applications/actions";
import { ChosenPasswordFields } from "@/components/chosen-password-fields";
import type { TApplicationDraftData } from "@/server/applications/schemas";

export function ContactStepForm({ saved }: { saved?: TApplicationDraftData["contact"] }) {
  const [state, formAction] = useActionState(saveContactStepAction, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <p className="text-sm text-gray-600">The primary contact becomes your company&apos;s portal admin when the application is approved.</p>
      <FormMessage state={state} />
      <Field name="name" label="Full name" autoComplete="name" defaultValue={saved?.name} state={state} required />
      <Field
        name="email"
        label="Work email"
        type="email"
        autoComplete="email"
        hint="We send a link to confirm it."
        defaultValue={saved?.email}
        state={state}
        required
      />
      <Field
        name="phone"
        label="Phone"
        type="tel"
        autoComplete="tel"
        hint="Deal registration needs a phone number."
        defaultValue={saved?.phone}
        state={state}
        required
      />
      <Field name="title" label="Job title" autoComplete="organization-title" defaultValue={saved?.title} state={state} required />
      <ChosenPasswordFields hint="You sign in with it to follow your application." state={state} />
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}
