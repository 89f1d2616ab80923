import type { Metadata } from "next";
import { getUnreadNotificationCount, requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { notificationList } from "@/server/notifications/notification-list";
import { openNotificationHref } from "@/server/notifications/open-notification-route";
import { getNotificationPreferences } from "@/server/notifications/get-notification-preferences";
import { notificationTypeLabel, notificationTypesFor } from "@/server/notifications/types";
import { PageHeader } from "@/components/page-header";
import { hrefWith } from "@/components/data-table";
import { Pager } from "@/components/pager";
import { MarkReadForm } from "./mark-read-form";
import { PreferencesForm } from "./preferences-form";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Every role, applicants included, has notifications, so this page needs its capability but no area.
  const user = await requireCapability(notificationList.capability);
  const [notifications, preferences, unread] = await Promise.all([
    loadListPage(notificationList, user, await searchParams),
    getNotificationPreferences(user.id),
    getUnreadNotificationCount(),
  ]);

  return (
    <>
      <PageHeader
        title="Notifications"
        description="What happened in the program that needs your attention."
        actions={<MarkReadForm nothingUnread={unread === 0} />}
      />

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
                <li
                  key={notification.id}
                  className={`flex flex-wrap items-start justify-between gap-4 px-4 py-3 ${unread ? "border-l-4 border-blue-700 bg-blue-50" : ""}`}
                >
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      {unread ? <span className="rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white">Unread</span> : null}
                      {/* A plain link: a prefetching <Link> would mark the notice read before anyone followed it. */}
                      <a href={openNotificationHref(notification.id)} className={`text-blue-700 underline ${unread ? "font-semibold" : ""}`}>
                        {notification.title}
                      </a>
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
        {notifications.rows.length > 0 && notifications.total > notifications.pageSize ? (
          <Pager
            label="Notification pages"
            page={notifications.page}
            pageSize={notifications.pageSize}
            rowCount={notifications.rows.length}
            total={notifications.total}
            totalIsCapped={notifications.totalIsCapped}
            hrefFor={(page) => hrefWith(notifications.path, notifications.query, { page: String(page) })}
          />
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
