"use client";
import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { changePartnerUserRoleAction } from "@/server/partners/actions";
import { PARTNER_ROLE_OPTIONS } from "@/lib/partner-company";

export function RoleForm({ userId, role }: { userId: string; role: string }) {
  const [state, formAction] = useActionState(changePartnerUserRoleAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="role"
        label="Role"
        options={PARTNER_ROLE_OPTIONS}
        defaultValue={role}
        hint="Partner admins edit the profile and manage users."
        state={state}
      />
      <SubmitButton pendingLabel="Saving…">Change role</SubmitButton>
    </form>
  );
}
