"use client";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { invitePartnerUserAction } from "@/server/partners/actions";
import { INVITATION_TTL_DAYS, PARTNER_ROLE_OPTIONS } from "@/lib/partner-company";

export function InviteForm() {
  const [state, formAction] = useActionState(invitePartnerUserAction, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        label="Email address"
        type="email"
        autoComplete="off"
        hint={`They get a link that works once, for ${INVITATION_TTL_DAYS} days.`}
        state={state}
      />
      <SelectField name="role" label="Role" options={PARTNER_ROLE_OPTIONS} defaultValue="PARTNER_USER" state={state} />
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
    </form>
  );
}
