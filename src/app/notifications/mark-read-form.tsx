"use client";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/form";
import { IDLE } from "@/lib/action-state";
import { markNotificationsReadAction } from "@/server/notifications/actions";

/**
 * "Mark all as read" without a notification id; one notification's button with it. With nothing unread the button
 * goes, but the form stays so that its "marked as read" message is still shown after the page refreshes.
 */
export function MarkReadForm({
  notificationId,
  notificationTitle,
  nothingUnread = false,
}: {
  notificationId?: string;
  notificationTitle?: string;
  nothingUnread?: boolean;
}) {
  const [state, formAction] = useActionState(markNotificationsReadAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      {notificationId ? <input type="hidden" name="notificationId" value={notificationId} /> : <input type="hidden" name="all" value="true" />}
      {nothingUnread ? null : (
        <SubmitButton pendingLabel="Marking…" tone={notificationId ? "quiet" : "primary"}>
          {notificationId ? (
            <>
              Mark as read<span className="sr-only">: {notificationTitle}</span>
            </>
          ) : (
            "Mark all as read"
          )}
        </SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
