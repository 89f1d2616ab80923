"use client";
import { useActionState } from "react";
import { Field, FormMessage, SelectField, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { addCtpTemplateItemAction, moveCtpTemplateItemAction, renameCtpTemplateItemAction, setCtpTemplateItemActiveAction } from "@/server/ctp/actions";

export function AddTemplateItemForm({ sections }: { sections: { value: string; label: string }[] }) {
  const [state, formAction] = useActionState(addCtpTemplateItemAction, IDLE);
  return (
    <form action={formAction} className="space-y-3">
      <SelectField name="section" label="Section" state={state} defaultValue="" options={[{ value: "", label: "Choose a section" }, ...sections]} />
      <Field key={state.status === "success" ? "added" : "title"} name="title" label="What has to be done" state={state} maxLength={200} />
      <div className="flex items-start gap-2 text-sm">
        <input id="template-per-candidate" name="perCandidate" type="checkbox" value="yes" className="mt-1" aria-describedby="template-per-candidate-hint" />
        <label htmlFor="template-per-candidate">
          A task of each trainer candidate
          <span id="template-per-candidate-hint" className="block text-gray-600">
            Only in the certified trainer candidates section: every candidate who enrolls gets one and completes it themselves.
          </span>
        </label>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Adding…">Add item</SubmitButton>
    </form>
  );
}

/** Renaming one item of many on the page: its own input id, so ids stay unique. */
export function RenameTemplateItemForm({ itemId, title }: { itemId: string; title: string }) {
  const [state, formAction] = useActionState(renameCtpTemplateItemAction, IDLE);
  const id = `rename-${itemId}`;
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <input type="hidden" name="itemId" value={itemId} />
      <label htmlFor={id} className="block text-sm font-medium text-gray-900">
        New wording
      </label>
      <input
        id={id}
        name="title"
        defaultValue={title}
        maxLength={200}
        aria-invalid={state.status === "error" || undefined}
        className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm focus:border-blue-600 focus:ring-2 focus:ring-blue-600/30 focus:outline-none"
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Saving…">Save wording</SubmitButton>
    </form>
  );
}

export function MoveTemplateItemForm({ itemId, title, direction }: { itemId: string; title: string; direction: "up" | "down" }) {
  const [state, formAction] = useActionState(moveCtpTemplateItemAction, IDLE);
  return (
    <form action={formAction}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="direction" value={direction} />
      <SubmitButton tone="quiet" pendingLabel="Moving…">
        Move {direction}
        <span className="sr-only"> “{title}”</span>
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}

export function SetTemplateItemActiveForm({ itemId, title, active }: { itemId: string; title: string; active: boolean }) {
  const [state, formAction] = useActionState(setCtpTemplateItemActiveAction, IDLE);
  return (
    <form action={formAction}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="active" value={active ? "no" : "yes"} />
      <SubmitButton tone="quiet" pendingLabel="Saving…">
        {active ? "Deactivate" : "Reactivate"}
        <span className="sr-only"> “{title}”</span>
      </SubmitButton>
      {state.status === "error" ? <FormMessage state={state} /> : null}
    </form>
  );
}
