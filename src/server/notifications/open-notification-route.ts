import "server-only";
import { getCurrentUser } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { isRecordIdParam } from "@/server/page-params";
import { clientIpFrom } from "@/server/request-ip";
import { openNotification } from "@/server/notifications/open-notification";
import { sameOriginPath } from "@/lib/same-origin-path";

/** Where the notifications page sends a notice's link: `/notifications/open?id=…`. */
export function openNotificationHref(notificationId: string): string {
  return `/notifications/open?id=${encodeURIComponent(notificationId)}`;
}

/**
 * GET /notifications/open?id=…: marks the user's notice read and sends them to what it is about. Only a path on this
 * site is followed (a stored link is data); an unknown or someone else's notice leads back to the list. The page links
 * here with a plain <a>, never a prefetching <Link>, so a notice is read only when someone follows it.
 */
export async function openNotificationRoute(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  if (!user || !can(user, "notifications.own")) return seeOther(`/login?${new URLSearchParams({ callbackUrl: `${url.pathname}${url.search}` })}`);
  const id = url.searchParams.get("id") ?? "";
  const link = isRecordIdParam(id) ? await openNotification(user, id, { ip: clientIpFrom(request.headers) }) : null;
  return seeOther(link === null ? "/notifications" : sameOriginPath(link));
}

function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
