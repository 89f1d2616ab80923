"use client";
// The one way to ask before an action that cannot be taken back (denying, deactivating, publishing, revoking).
import { useEffect, useId, useRef } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import type { ActionState } from "@/lib/action-state";

const TRIGGER_CLASSES = {
  danger:
    "rounded-md border border-red-300 bg-white px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-600 focus:ring-offset-2",
  primary:
    "rounded-md border border-blue-700 bg-white px-4 py-2 text-sm font-semibold text-blue-800 hover:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-blue-600 focus:ring-offset-2",
} as const;

interface ConfirmDialogProps {
  /** The text of the button that opens the dialog. */
  trigger: string;
  /** The opening button's accessible name, when its text alone does not say which row it acts on. */
  triggerAriaLabel?: string;
  /** The question; it names the dialog for screen readers. */
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  /** The action from the caller's `useActionState`, and its state. */
  action: (formData: FormData) => void;
  state: ActionState;
  tone?: keyof typeof TRIGGER_CLASSES;
  /** What confirming will do, and the form's inputs (hidden ids, a reason field using `state`). */
  children: React.ReactNode;
}

/**
 * A button that opens a modal dialog holding the action's form. The browser's modal dialog moves focus into it,
 * closes it on Escape and returns focus to the button. The buttons also carry the browser's own invoker commands
 * (`command`/`commandfor`), so the dialog opens and cancels before the page's script has loaded; the click handlers do
 * the same in browsers without them. Only the dialog's own button submits. A failed submit keeps the
 * dialog open with the message and the field errors beside what was typed; a success closes it and shows the message
 * beside the button.
 */
export function ConfirmDialog({ trigger, triggerAriaLabel, title, confirmLabel, pendingLabel, action, state, tone = "danger", children }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dialogId = useId();

  useEffect(() => {
    if (state.status === "success") dialog.current?.close();
  }, [state]);

  return (
    <div className="space-y-3">
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <button
        type="button"
        aria-label={triggerAriaLabel}
        {...invokerCommand("show-modal", dialogId)}
        onClick={() => dialog.current?.showModal()}
        className={TRIGGER_CLASSES[tone]}
      >
        {trigger}
      </button>
      <dialog ref={dialog} id={dialogId} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40">
        <form action={action} className="space-y-4">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {state.status === "error" ? <FormMessage state={state} /> : null}
          {children}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              {...invokerCommand("close", dialogId)}
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-50"
            >
              Cancel
            </button>
            <SubmitButton pendingLabel={pendingLabel} tone={tone}>
              {confirmLabel}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </div>
  );
}

/** HTML's invoker command attributes, which React's types do not list yet; React writes them to the element as given. */
function invokerCommand(command: "show-modal" | "close", target: string): Record<string, string> {
  return { command, commandfor: target };
}
