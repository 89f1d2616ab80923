import { openNotificationRoute } from "@/server/notifications/open-notification-route";

export const GET = openNotificationRoute;
