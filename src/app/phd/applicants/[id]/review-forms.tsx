"use client";
import { useActionState } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Field, FormMessage, RadioGroup, SelectField, SubmitButton, TextareaField } from "@/components/form";
import { enumOptions } from "@/components/enum-options";
import { IDLE } from "@/lib/action-state";
import { Region } from "@/generated/prisma/enums";
import {
  addAccountNoteAction,
  approveApplicationAction,
  denyApplicationAction,
  saveReviewChecklistAction,
  updateApplicantAccountAction,
} from "@/server/applications/actions";

interface ChecklistItemView {
  position: number;
  label: string;
  byApproval: boolean;
  fromFacts: boolean;
  /** How the portal's facts answer the item, while the application is open. */
  fact: { answer: boolean; detail: string } | null;
  answer: boolean | null;
  answeredBy: string | null;
  answeredAt: string | null;
}

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

function answeredLine(item: ChecklistItemView): string | null {
  if (item.answer === null || !item.answeredBy) return null;
  return `${item.answer ? "Yes" : "No"}, by ${item.answeredBy} on ${item.answeredAt}`;
}

export function ChecklistForm({ partnerId, editable, items }: { partnerId: string; editable: boolean; items: ChecklistItemView[] }) {
  const [state, formAction] = useActionState(saveReviewChecklistAction, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <ol className="space-y-3">
        {items.map((item) => (
          <li key={item.position} className="rounded-md border border-gray-100 p-3">
            {item.fact ? (
              <div className="text-sm">
                <p className="font-medium">
                  {item.position}. {item.label}
                </p>
                <p className={item.fact.answer ? "text-gray-700" : "text-amber-900"}>
                  {item.fact.answer ? "Yes" : "No"}, from the portal&apos;s records: {item.fact.detail}
                </p>
              </div>
            ) : item.byApproval || item.fromFacts || !editable ? (
              <div className="text-sm">
                <p className="font-medium">
                  {item.position}. {item.label}
                </p>
                <p className="text-gray-600">{answeredLine(item) ?? (item.byApproval ? "Done by approving the application." : "Not answered.")}</p>
              </div>
            ) : (
              <>
                <RadioGroup
                  name={`item_${item.position}`}
                  legend={`${item.position}. ${item.label}`}
                  options={YES_NO}
                  defaultValue={item.answer === null ? undefined : item.answer ? "yes" : "no"}
                  state={state}
                />
                {answeredLine(item) ? <p className="mt-1 text-xs text-gray-600">{answeredLine(item)}</p> : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable ? <SubmitButton pendingLabel="Saving…">Save checklist</SubmitButton> : null}
    </form>
  );
}

export function AccountForm(props: { partnerId: string; region: string; camOwnerId: string; crmId: string; cams: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(updateApplicantAccountAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={props.partnerId} />
      <SelectField name="region" label="Region" options={enumOptions(Object.values(Region))} defaultValue={props.region} state={state} />
      <SelectField
        name="camOwnerId"
        label="Channel Account Manager"
        options={[{ value: "", label: "The region's CAM" }, ...props.cams]}
        defaultValue={props.camOwnerId}
        state={state}
      />
      <Field name="crmId" label="CRM id" defaultValue={props.crmId} state={state} />
      <SubmitButton pendingLabel="Saving…">Save account</SubmitButton>
    </form>
  );
}

export function NoteForm({ partnerId }: { partnerId: string }) {
  const [state, formAction] = useActionState(addAccountNoteAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <TextareaField name="note" label="Add a note" rows={3} state={state} />
      <SubmitButton pendingLabel="Adding…">Add note</SubmitButton>
    </form>
  );
}

export function ApproveForm({ partnerId, blocker }: { partnerId: string; blocker: string | null }) {
  const [state, formAction] = useActionState(approveApplicationAction, IDLE);
  return (
    <form action={formAction} className="mb-4 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="partnerId" value={partnerId} />
      {/* After a refused approval the alert says why, fresher than the page's blocker; one message, not two. */}
      {state.status === "error" ? null : (
        <p className="text-sm text-gray-700">
          {blocker ?? "Approving makes the partner Authorized, its primary contact the partner admin, and sends the welcome email and the CAM's notice."}
        </p>
      )}
      <SubmitButton pendingLabel="Approving…">Approve the application</SubmitButton>
    </form>
  );
}

export function DenyForm({ partnerId }: { partnerId: string }) {
  const [state, formAction] = useActionState(denyApplicationAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Deny the application…"
      title="Deny this application?"
      confirmLabel="Deny the application"
      pendingLabel="Denying…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The decision cannot be undone: the application is closed and the applicant is emailed the reason.</p>
      <input type="hidden" name="partnerId" value={partnerId} />
      <TextareaField
        name="reason"
        label="Reason for the applicant"
        hint="The applicant reads this in the email and on their status page."
        rows={3}
        state={state}
      />
    </ConfirmDialog>
  );
}
