"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { IDLE } from "@/lib/action-state";
import { publishAgreementVersionAction } from "@/server/agreements/actions";

export function PublishForm({ versionId, agreementName }: { versionId: string; agreementName: string }) {
  const [state, formAction] = useActionState(publishAgreementVersionAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Publish…"
      title={`Publish the ${agreementName}?`}
      confirmLabel={`Publish ${agreementName}`}
      pendingLabel="Publishing…"
      action={formAction}
      state={state}
      tone="primary"
    >
      <p className="text-sm text-gray-700">
        It becomes the current version at once: every company that needs this agreement is asked to accept it, and the text can no longer be changed.
      </p>
      <input type="hidden" name="versionId" value={versionId} />
    </ConfirmDialog>
  );
}
