"use client";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { updatePartnerProfileAction } from "@/server/partners/actions";
import { PROFILE_LIMITS } from "@/lib/partner-company";

interface ProfileFormProps {
  profile: { description: string | null; website: string; locations: string[]; languages: string[]; services: string[] };
}

const listHint = `One per line, up to ${PROFILE_LIMITS.listItems}; repeats are dropped.`;

export function ProfileForm({ profile }: ProfileFormProps) {
  const [state, formAction] = useActionState(updatePartnerProfileAction, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <TextareaField
        name="description"
        label="Description"
        hint={`What your company does, for customers browsing the partner locator (up to ${PROFILE_LIMITS.descriptionLength} characters).`}
        defaultValue={profile.description ?? ""}
        rows={4}
        state={state}
      />
      <Field name="website" label="Website" type="url" defaultValue={profile.website} hint="A full address, such as https://example.com." state={state} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextareaField name="locations" label="Locations" hint={listHint} defaultValue={profile.locations.join("\n")} rows={5} state={state} />
        <TextareaField name="languages" label="Languages" hint={listHint} defaultValue={profile.languages.join("\n")} rows={5} state={state} />
        <TextareaField name="services" label="Services" hint={listHint} defaultValue={profile.services.join("\n")} rows={5} state={state} />
      </div>
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
