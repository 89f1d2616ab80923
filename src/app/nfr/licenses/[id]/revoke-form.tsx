"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { revokeNfrLicenseAction } from "@/server/nfr/actions";

export function RevokeLicenseForm({ licenseId, referenceNumber }: { licenseId: string; referenceNumber: string }) {
  const [state, formAction] = useActionState(revokeNfrLicenseAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Revoke license"
      title={`Revoke ${referenceNumber}?`}
      confirmLabel="Revoke it now"
      pendingLabel="Revoking…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">
        The license stops counting toward the cap at once and cannot be restored; the partner&apos;s admins and its CAM are told, with your reason.
      </p>
      <input type="hidden" name="licenseId" value={licenseId} />
      <TextareaField name="reason" label="Reason" hint="The partner reads this." rows={3} state={state} required />
    </ConfirmDialog>
  );
}
