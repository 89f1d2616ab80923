import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, getUnreadNotificationCount } from "@/server/auth/session";
import { parseListParams } from "@/server/list-params";
import { listNotifications, NOTIFICATION_SORTS } from "@/server/notifications/list-notifications";
import { getNotificationPreferences } from "@/server/notifications/get-notification-preferences";
import { notificationTypeLabel, notificationTypesFor } from "@/server/notifications/types";
import { PageHeader } from "@/components/page-header";
import { MarkReadForm } from "./mark-read-form";
import { PreferencesForm } from "./preferences-form";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Every role has notifications, so this page needs a session but no area.
  const user = await getCurrentUser();
  if (!user) redirect("/login?callbackUrl=/notifications");
  const params = parseListParams(await searchParams, { sortable: NOTIFICATION_SORTS, defaultSort: "createdAt", defaultDir: "desc" });
  const [notifications, preferences, unread] = await Promise.all([
    listNotifications(user, params),
    getNotificationPreferences(user.id),
    getUnreadNotificationCount(),
  ]);
  const pageCount = Math.max(1, Math.ceil(notifications.total / notifications.pageSize));

  return (
    <>
      <PageHeader title="Notifications" description="What happened in the program that needs your attention." actions={<MarkReadForm nothingUnread={unread === 0} />} />

      <section aria-labelledby="notification-list-heading" className="space-y-3">
        <h2 id="notification-list-heading" className="sr-only">
          Your notifications
        </h2>
        {notifications.rows.length === 0 ? (
          <p className="rounded-lg border border-gray-200 bg-white px-4 py-8 text-center text-gray-500">You have no notifications.</p>
        ) : (
          <ul className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white">
            {notifications.rows.map((notification) => {
              const unread = notification.readAt === null;
              return (
                <li key={notification.id} className={`flex flex-wrap items-start justify-between gap-4 px-4 py-3 ${unread ? "border-l-4 border-blue-700 bg-blue-50" : ""}`}>
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      {unread ? <span className="rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white">Unread</span> : null}
                      {notification.link ? (
                        <Link href={notification.link} className={`text-blue-700 hover:underline ${unread ? "font-semibold" : ""}`}>
                          {notification.title}
                        </Link>
                      ) : (
                        <span className={unread ? "font-semibold text-gray-900" : "text-gray-900"}>{notification.title}</span>
                      )}
                    </p>
                    <p className="text-sm text-gray-700">{notification.body}</p>
                    <p className="text-xs text-gray-500">
                      {notificationTypeLabel(notification.type)} ·{" "}
                      <time dateTime={notification.createdAt.toISOString()}>{formatDateTime(notification.createdAt)}</time>
                    </p>
                  </div>
                  {unread ? <MarkReadForm notificationId={notification.id} notificationTitle={notification.title} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {pageCount > 1 ? (
          <nav aria-label="Notification pages" className="flex items-center justify-end gap-2 text-sm text-gray-600">
            {params.page > 1 ? (
              <Link href={`/notifications?page=${params.page - 1}`} className="rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-50">
                Previous page
              </Link>
            ) : null}
            <span aria-current="page">
              Page {params.page} of {pageCount}
            </span>
            {params.page < pageCount ? (
              <Link href={`/notifications?page=${params.page + 1}`} className="rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-50">
                Next page
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="email-preferences-heading" className="mt-10 space-y-3">
        <h2 id="email-preferences-heading" className="text-lg font-semibold text-gray-900">
          Email preferences
        </h2>
        <p className="text-sm text-gray-600">Every notification appears here. Choose which ones also reach you by email, at once or in one summary a day.</p>
        <PreferencesForm types={notificationTypesFor(user.role).map((type) => ({ type, label: notificationTypeLabel(type) }))} preferences={preferences} />
      </section>
    </>
  );
}
