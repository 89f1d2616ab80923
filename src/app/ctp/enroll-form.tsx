"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { enrollCtpCandidateAction } from "@/server/ctp/actions";

export function EnrollForm({ trackingId }: { trackingId: string }) {
  const [state, formAction] = useActionState(enrollCtpCandidateAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="trackingId" value={trackingId} />
      <SubmitButton pendingLabel="Enrolling…">Enroll me as a trainer candidate</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
