"use client";
import { useActionState, useId } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Field, FileField, FormMessage, SelectField, SubmitButton, TextareaField } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { MAX_SOW_DOCUMENT_BYTES, SOW_DOCUMENT_TOO_LARGE_MESSAGE } from "@/lib/sow-documents";
import { formatMoney } from "@/lib/format";
import {
  approveSowPoRequestAction,
  attachSowDocumentAction,
  cancelSowPoRequestAction,
  createWorkAuthorizationAction,
  movePrimeSowAction,
  updateSowRatesAction,
} from "@/server/subcontracting/actions";

/** What the button for each next step of the lifecycle says. */
const MOVE_LABELS: Record<string, string> = {
  SENT_TO_PARTNER: "Send to partner",
  REDLINES: "Record redlines",
  LEGAL_STAMP: "Record legal stamp",
  OUT_FOR_SIGNATURE: "Send out for signature",
  EXECUTED: "Record as executed",
  PO_APPROVED: "Record PO approved",
  ACTIVE: "Activate",
  EXHAUSTED: "Mark exhausted",
};

/**
 * One next step of the SOW's lifecycle. While it is refused (an MSA or DPA not executed) the button is disabled and
 * the reason is beside it, naming it for screen readers; the server refuses the same way.
 */
export function MoveSowForm({ sowId, to, blocker }: { sowId: string; to: string; blocker: string | null }) {
  const [state, formAction] = useActionState(movePrimeSowAction, IDLE);
  const reasonId = useId();
  const label = MOVE_LABELS[to] ?? to;
  if (blocker) {
    return (
      <div className="space-y-2">
        <button
          type="button"
          disabled
          aria-describedby={reasonId}
          className="inline-flex cursor-not-allowed items-center justify-center rounded-md bg-gray-200 px-4 py-2 text-sm font-semibold text-gray-600"
        >
          {label}
        </button>
        <p id={reasonId} className="text-sm text-red-800">
          {blocker}
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2" aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="sowId" value={sowId} />
      <input type="hidden" name="to" value={to} />
      {to === "PO_APPROVED" ? <Field name="poNumber" label="PO number" state={state} required /> : null}
      <SubmitButton pendingLabel="Saving…">{label}</SubmitButton>
    </form>
  );
}

export function RatesForm({ sowId, rates }: { sowId: string; rates: string }) {
  const [state, formAction] = useActionState(updateSowRatesAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Edit rates">
      <FormMessage state={state} />
      <input type="hidden" name="sowId" value={sowId} />
      <TextareaField
        name="rates"
        label="Rates per role"
        rows={4}
        defaultValue={rates}
        state={state}
        hint={'One role a line, with its hourly rate in dollars: "Senior Consultant: 225". Fixed once the SOW is executed.'}
      />
      <SubmitButton pendingLabel="Saving…">Save rates</SubmitButton>
    </form>
  );
}

export function AttachDocumentForm({ sowId }: { sowId: string }) {
  const [state, formAction] = useActionState(attachSowDocumentAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Attach a document">
      <FormMessage state={state} />
      <input type="hidden" name="sowId" value={sowId} />
      <Field name="label" label="What it is" state={state} hint="For example: SOW text v2, partner redlines, signed SOW, PO." required />
      <FileField
        name="document"
        label="Document"
        state={state}
        accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,image/png,image/jpeg,image/gif,image/webp"
        hint="PDF, Word, Excel, PowerPoint or an image, up to 10 MB."
        maxBytes={MAX_SOW_DOCUMENT_BYTES}
        tooLargeMessage={SOW_DOCUMENT_TOO_LARGE_MESSAGE}
        required
      />
      <SubmitButton pendingLabel="Attaching…">Attach document</SubmitButton>
    </form>
  );
}

export function ApprovePoForm({ requestId }: { requestId: string }) {
  const [state, formAction] = useActionState(approveSowPoRequestAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Approve PO">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <Field name="poNumber" label="New PO number" state={state} required />
      <SubmitButton pendingLabel="Approving…">Approve PO</SubmitButton>
    </form>
  );
}

export function CancelPoForm({ requestId, amountCents }: { requestId: string; amountCents: number }) {
  const [state, formAction] = useActionState(cancelSowPoRequestAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Cancel PO request"
      title={`Cancel the ${formatMoney(amountCents)} PO request?`}
      confirmLabel="Cancel the request"
      pendingLabel="Cancelling…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The SOW keeps its current funds; the next crossing of the $60,000 line drafts a new request.</p>
      <input type="hidden" name="requestId" value={requestId} />
    </ConfirmDialog>
  );
}

export function WorkAuthorizationForm({
  sowId,
  rates,
  showsCustomer,
  leftToAuthorize,
}: {
  sowId: string;
  rates: { id: string; label: string }[];
  showsCustomer: boolean;
  leftToAuthorize: string;
}) {
  const [state, formAction] = useActionState(createWorkAuthorizationAction, IDLE);
  return (
    <form action={formAction} className="space-y-3" aria-label="Authorize work">
      <FormMessage state={state} />
      <p className="text-sm text-gray-700">{leftToAuthorize} is left to authorize on this SOW.</p>
      <input type="hidden" name="sowId" value={sowId} />
      <Field name="projectName" label="Project" state={state} required />
      {showsCustomer ? <Field name="customerName" label="Customer" state={state} hint="Shown to this staff-augmentation partner's people." /> : null}
      <TextareaField name="scope" label="Scope" rows={3} state={state} required />
      <TextareaField name="technicalRequirements" label="Technical requirements" rows={2} state={state} required />
      <Field name="backgroundCheck" label="Background-check needs" state={state} hint="Write “None required” if there are none." required />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="rateId"
          label="Rate"
          state={state}
          options={[...rates, { id: "", label: "Other (type the rate)" }].map((rate) => ({ value: rate.id, label: rate.label }))}
          defaultValue={rates[0]?.id ?? ""}
        />
        <Field name="hourlyRate" label="Hourly rate (USD), if typed" inputMode="decimal" state={state} />
        <Field name="hoursAuthorized" label="Hours authorized" inputMode="numeric" state={state} required />
        <Field name="expenseBudget" label="Travel and expenses budget (USD)" inputMode="decimal" defaultValue="0" state={state} />
        <Field name="startsOn" label="Starts on" type="date" state={state} />
        <Field name="endsOn" label="Ends on" type="date" state={state} />
      </div>
      <Field name="billingTerms" label="Billing terms" defaultValue="Monthly in arrears against approved timesheets, net 30" state={state} required />
      <TextareaField
        name="travelAndExpenses"
        label="Travel and expenses"
        rows={2}
        defaultValue="Remote delivery; travel only with prior written approval, billed at cost with receipts"
        state={state}
        required
      />
      <SubmitButton pendingLabel="Authorizing…">Authorize work</SubmitButton>
    </form>
  );
}
