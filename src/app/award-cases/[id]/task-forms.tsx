"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { grantCommunityAccessAction, sendAwardEmailAction, updateAwardProfileAction } from "@/server/awards/actions";

export function SendAwardEmailForm({ caseId, companyName, recipients }: { caseId: string; companyName: string; recipients: string[] }) {
  const [state, formAction] = useActionState(sendAwardEmailAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Send the award email"
      title={`Send the award email to ${companyName}?`}
      confirmLabel="Yes, send it"
      tone="primary"
      pendingLabel="Sending…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700 [overflow-wrap:anywhere]">
        Congratulations, the badge download, the press-release offer and the social kit go to the partner&apos;s admins: {recipients.join(", ")}.
      </p>
      <input type="hidden" name="caseId" value={caseId} />
    </ConfirmDialog>
  );
}

function TaskButtonForm({
  caseId,
  action,
  label,
  pendingLabel,
}: {
  caseId: string;
  action: typeof updateAwardProfileAction;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
    </form>
  );
}

export function UpdateProfileForm({ caseId }: { caseId: string }) {
  return <TaskButtonForm caseId={caseId} action={updateAwardProfileAction} label="Mark the profile and badge updated" pendingLabel="Updating…" />;
}

export function GrantCommunityAccessForm({ caseId }: { caseId: string }) {
  return <TaskButtonForm caseId={caseId} action={grantCommunityAccessAction} label="Grant community access" pendingLabel="Granting…" />;
}
