"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { reactivatePartnerUserAction } from "@/server/partners/actions";

export function ReactivateForm({ userId }: { userId: string }) {
  const [state, formAction] = useActionState(reactivatePartnerUserAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pendingLabel="Reactivating…">Reactivate user</SubmitButton>
    </form>
  );
}
