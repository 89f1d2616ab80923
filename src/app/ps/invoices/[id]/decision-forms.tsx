"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { approveInvoiceAction, rejectInvoiceAction } from "@/server/subcontracting/actions";

export function ApproveInvoiceForm({
  invoiceId,
  partnerName,
  monthLabel,
  total,
}: {
  invoiceId: string;
  partnerName: string;
  monthLabel: string;
  total: string;
}) {
  const [state, formAction] = useActionState(approveInvoiceAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Approve"
      title={`Approve ${partnerName}'s invoice for ${monthLabel}?`}
      confirmLabel="Approve the invoice"
      pendingLabel="Approving…"
      action={formAction}
      state={state}
      tone="primary"
    >
      <p className="text-sm text-gray-700">
        An approved invoice is final: {total} is added to the SOW&apos;s invoiced funds and its burn, and the partner&apos;s admins are told.
      </p>
      <input type="hidden" name="invoiceId" value={invoiceId} />
    </ConfirmDialog>
  );
}

export function RejectInvoiceForm({ invoiceId, partnerName, monthLabel }: { invoiceId: string; partnerName: string; monthLabel: string }) {
  const [state, formAction] = useActionState(rejectInvoiceAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Reject"
      title={`Send ${partnerName}'s invoice for ${monthLabel} back?`}
      confirmLabel="Reject the invoice"
      pendingLabel="Rejecting…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The partner&apos;s admins read your reason, fix the invoice and submit it again; its hours stay on it.</p>
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <TextareaField name="reason" label="Reason" hint="The partner reads this." rows={3} state={state} required />
    </ConfirmDialog>
  );
}
