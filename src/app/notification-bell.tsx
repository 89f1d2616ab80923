import Link from "next/link";
import { getUnreadNotificationCount } from "@/server/auth/session";

/**
 * The header's link to /notifications; its name carries the unread count for screen readers, the badge shows it.
 * The count comes with the signed-in user's own read, so the bell costs no statement of its own.
 */
export async function NotificationBell() {
  const unread = await getUnreadNotificationCount();
  return (
    <Link
      href="/notifications"
      aria-label={`Notifications, ${unread} unread`}
      className="relative inline-flex items-center rounded-md p-1.5 text-gray-600 hover:bg-gray-100 hover:text-gray-900 focus:outline-none focus:ring-2 focus:ring-blue-600"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="h-5 w-5">
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0a3 3 0 1 1-6 0m6 0H9"
        />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -right-1 -top-1 min-w-[1.25rem] rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
