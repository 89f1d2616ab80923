"use client";
// The consultant page's forms: each records one step's evidence and moves the consultant on (the server refuses a
// step out of order with the reason, shown above the form).
import { useActionState, useId } from "react";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { Field, FormMessage, RadioGroup, SelectField, SubmitButton, TextareaField } from "@/components/form";
import { IDLE, type ActionState } from "@/lib/action-state";
import {
  approveConsultantAction,
  assignConsultantAction,
  declineConsultantAction,
  linkConsultantAccountAction,
  recordConsultantDeepDiveAction,
  reviewConsultantVideoAction,
  submitConsultantSkillsAction,
  updateConsultantOffboardingAction,
  updateConsultantOnboardingAction,
  verifyConsultantCertificationsAction,
} from "@/server/subcontracting/actions";

const RATINGS = [{ value: "", label: "Not rated" }, ...["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }))];

export function SkillsForm({ consultantId, skills }: { consultantId: string; skills: readonly { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(submitConsultantSkillsAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <p className="text-sm text-gray-700">The candidate&apos;s answers, each from 1 (new to it) to 5 (leads others in it).</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {skills.map((skill) => (
          <SelectField key={skill.id} name={`skill_${skill.id}`} label={skill.label} state={state} defaultValue="" options={RATINGS} />
        ))}
      </div>
      <SubmitButton pendingLabel="Recording…">Record skills matrix</SubmitButton>
    </form>
  );
}

export function VideoForm({ consultantId }: { consultantId: string }) {
  const [state, formAction] = useActionState(reviewConsultantVideoAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <Field name="videoUrl" label="Video link" type="url" state={state} required maxLength={2000} hint="The https link to the soft-skills video." />
      <TextareaField name="videoReview" label="Review notes" state={state} rows={3} required />
      <SubmitButton pendingLabel="Recording…">Record video review</SubmitButton>
    </form>
  );
}

export function LinkAccountForm({ consultantId, partnerName }: { consultantId: string; partnerName: string }) {
  const [state, formAction] = useActionState(linkConsultantAccountAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <Field
        name="accountEmail"
        label="Portal account"
        type="email"
        state={state}
        required
        maxLength={254}
        autoComplete="off"
        hint={`The email of their user account at ${partnerName}.`}
      />
      <SubmitButton pendingLabel="Linking…">Link account</SubmitButton>
    </form>
  );
}

/** Verify, or why not: with a required certification missing the button is disabled and the reason is beside it. */
export function VerifyCertificationsForm({ consultantId, blocker }: { consultantId: string; blocker: string | null }) {
  const [state, formAction] = useActionState(verifyConsultantCertificationsAction, IDLE);
  const reasonId = useId();
  if (blocker) {
    return (
      <div className="space-y-2">
        <button
          type="button"
          disabled
          aria-describedby={reasonId}
          className="inline-flex cursor-not-allowed items-center justify-center rounded-md bg-gray-200 px-4 py-2 text-sm font-semibold text-gray-600"
        >
          Verify certifications
        </button>
        <p id={reasonId} className="text-sm text-red-800">
          Verification is refused: {blocker}
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <SubmitButton pendingLabel="Verifying…">Verify certifications</SubmitButton>
    </form>
  );
}

export function DeepDiveForm({ consultantId, today }: { consultantId: string; today: string }) {
  const [state, formAction] = useActionState(recordConsultantDeepDiveAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="heldOn" label="Date" type="date" state={state} required max={today} defaultValue={today} />
        <Field name="minutes" label="Minutes" inputMode="numeric" state={state} required hint="A deep-dive lasts 30 to 45 minutes." />
      </div>
      <Field name="pseName" label="Sr. PSE" state={state} required maxLength={120} hint="The Sr. PSE who ran the deep-dive." />
      <RadioGroup
        name="result"
        legend="Result"
        state={state}
        options={[
          { value: "PASS", label: "Passed" },
          { value: "FAIL", label: "Failed", description: "The consultant is declined, with the notes as the reason." },
        ]}
      />
      <TextareaField name="notes" label="Notes" state={state} rows={3} required />
      <SubmitButton pendingLabel="Recording…">Record deep-dive</SubmitButton>
    </form>
  );
}

export function ApproveForm({ consultantId }: { consultantId: string }) {
  const [state, formAction] = useActionState(approveConsultantAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <p className="text-sm text-gray-700">You are recorded as the approver.</p>
      <SubmitButton pendingLabel="Approving…">Approve consultant</SubmitButton>
    </form>
  );
}

export function DeclineForm({ consultantId, name }: { consultantId: string; name: string }) {
  const [state, formAction] = useActionState(declineConsultantAction, IDLE);
  return (
    <ConfirmDialog
      trigger="Decline"
      title={`Decline ${name}?`}
      confirmLabel="Decline the consultant"
      pendingLabel="Declining…"
      action={formAction}
      state={state}
    >
      <p className="text-sm text-gray-700">The pipeline ends for them; this cannot be undone.</p>
      <input type="hidden" name="consultantId" value={consultantId} />
      <TextareaField name="reason" label="Reason" state={state} rows={3} required />
    </ConfirmDialog>
  );
}

function Checkbox({ name, label, state }: { name: string; label: string; state: ActionState }) {
  const checked = state.status === "error" && state.values[name] === "on";
  return (
    <label className="flex items-start gap-2 text-sm" key={`${name}:${checked}`}>
      <input type="checkbox" name={name} defaultChecked={checked} className="mt-0.5 h-4 w-4 shrink-0 rounded border-gray-300 text-blue-700" />
      <span>{label}</span>
    </label>
  );
}

/** The onboarding items not done yet; done ones are shown by the page as done. */
export function OnboardingForm({
  consultantId,
  accessRequested,
  buddy,
  timeLoggingSet,
}: {
  consultantId: string;
  accessRequested: boolean;
  buddy: string | null;
  timeLoggingSet: boolean;
}) {
  const [state, formAction] = useActionState(updateConsultantOnboardingAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      {accessRequested ? null : <Checkbox name="accessRequested" label="Access request sent" state={state} />}
      <Field name="onboardingBuddy" label="Onboarding buddy" state={state} maxLength={120} defaultValue={buddy ?? ""} />
      {timeLoggingSet ? null : <Checkbox name="timeLoggingSet" label="Time logging set up" state={state} />}
      <SubmitButton pendingLabel="Saving…">Save onboarding</SubmitButton>
    </form>
  );
}

export function OffboardingForm({
  consultantId,
  retroDone,
  accessRemoved,
  otherProjectsChecked,
}: {
  consultantId: string;
  retroDone: boolean;
  accessRemoved: boolean;
  otherProjectsChecked: boolean;
}) {
  const [state, formAction] = useActionState(updateConsultantOffboardingAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      {retroDone ? null : <TextareaField name="retroNotes" label="Retro notes" state={state} rows={3} />}
      {accessRemoved ? null : <Checkbox name="accessRemoved" label="Access removed" state={state} />}
      {otherProjectsChecked ? null : <Checkbox name="otherProjectsChecked" label="I checked the other active assignments listed above" state={state} />}
      <SubmitButton pendingLabel="Saving…">Save offboarding</SubmitButton>
    </form>
  );
}

export function AssignForm({ consultantId, workAuthorizations }: { consultantId: string; workAuthorizations: { id: string; label: string }[] }) {
  const [state, formAction] = useActionState(assignConsultantAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="consultantId" value={consultantId} />
      <SelectField
        name="workAuthorizationId"
        label="Work authorization"
        state={state}
        defaultValue=""
        options={[{ value: "", label: "Choose a work authorization" }, ...workAuthorizations.map((wa) => ({ value: wa.id, label: wa.label }))]}
      />
      <SubmitButton pendingLabel="Assigning…">Assign to work authorization</SubmitButton>
    </form>
  );
}
