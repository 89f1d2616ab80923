"use client";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { inviteCtpPartnerAction } from "@/server/ctp/actions";

export function InviteForm({ accounts }: { accounts: { id: string; legalName: string }[] }) {
  const [state, formAction] = useActionState(inviteCtpPartnerAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <SelectField
        name="partnerId"
        label="Account"
        state={state}
        defaultValue=""
        options={[{ value: "", label: "Choose an account" }, ...accounts.map((account) => ({ value: account.id, label: account.legalName }))]}
        hint="Your Authorized accounts without an active or completed tracking. The tracking starts now and locks in 6 months."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Inviting…">Invite into CTP</SubmitButton>
    </form>
  );
}
