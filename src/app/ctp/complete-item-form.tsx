"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { completeCtpItemAction } from "@/server/ctp/actions";

/** The owner's "Complete" button for one checklist item; the item's title names the button for screen readers. */
export function CompleteItemForm({ itemId, title }: { itemId: string; title: string }) {
  const [state, formAction] = useActionState(completeCtpItemAction, IDLE);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="itemId" value={itemId} />
      <SubmitButton tone="quiet" pendingLabel="Completing…">
        Complete<span className="sr-only"> “{title}”</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
