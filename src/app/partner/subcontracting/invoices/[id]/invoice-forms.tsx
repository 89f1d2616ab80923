"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Field, FileField, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { MAX_RECEIPT_BYTES, RECEIPT_TOO_LARGE_MESSAGE } from "@/lib/subcontracting";
import { addInvoiceExpenseAction, draftInvoiceAction, removeInvoiceExpenseAction, submitInvoiceAction } from "@/server/subcontracting/actions";

export function AddExpenseForm({
  invoiceId,
  monthLabel,
  authorizations,
}: {
  invoiceId: string;
  monthLabel: string;
  authorizations: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(addInvoiceExpenseAction, IDLE);
  if (authorizations.length === 0) return <p className="text-sm text-gray-600">This SOW has no work authorization to put an expense on.</p>;
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <SelectField name="workAuthorizationId" label="Work authorization" state={state} options={authorizations} defaultValue={authorizations[0].value} />
      <Field
        name="incurredOn"
        label="Incurred on"
        type="date"
        state={state}
        hint={`A day in ${monthLabel}: expenses go on the invoice of the month they were incurred in.`}
        required
      />
      <Field name="amount" label="Amount (USD)" inputMode="decimal" state={state} hint="For example 125.40." required />
      <Field name="description" label="Description" state={state} required />
      <FileField
        name="receipt"
        label="Receipt"
        state={state}
        hint="An image or a PDF, at most 5 MB."
        accept="image/png,image/jpeg,image/webp,image/gif,application/pdf"
        maxBytes={MAX_RECEIPT_BYTES}
        tooLargeMessage={RECEIPT_TOO_LARGE_MESSAGE}
        required
      />
      <SubmitButton pendingLabel="Adding…">Add expense</SubmitButton>
    </form>
  );
}

export function RemoveExpenseButton({ expenseId, description }: { expenseId: string; description: string }) {
  const [state, formAction] = useActionState(removeInvoiceExpenseAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Remove"
      triggerAriaLabel={`Remove the expense ${description}`}
      title="Remove this expense?"
      confirmLabel="Remove the expense"
      pendingLabel="Removing…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The expense &ldquo;{description}&rdquo; and its receipt leave the invoice.</p>
      <input type="hidden" name="expenseId" value={expenseId} />
    </ConfirmDialog>
  );
}

export function RefreshHoursForm({ sowId, month }: { sowId: string; month: string }) {
  const [state, formAction] = useActionState(draftInvoiceAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="sowId" value={sowId} />
      <input type="hidden" name="month" value={month} />
      <p className="text-sm text-gray-700">
        Hours approved since the invoice was drafted (including hours past an authorization the coordinator approved) join it here.
      </p>
      <SubmitButton tone="quiet" pendingLabel="Updating…">
        Bring hours up to date
      </SubmitButton>
    </form>
  );
}

export function SubmitInvoiceForm({ invoiceId, monthLabel }: { invoiceId: string; monthLabel: string }) {
  const [state, formAction] = useActionState(submitInvoiceAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <p className="text-sm text-gray-700">The {monthLabel} invoice goes to the PS coordinators; it cannot change while they decide.</p>
      <SubmitButton pendingLabel="Submitting…">Submit invoice</SubmitButton>
    </form>
  );
}
