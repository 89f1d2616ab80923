import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * A notification is unread until the user opens the notifications page. The header bell's count comes with the
 * session's read of the user (src/server/auth/session.ts) and uses this condition. It lives here, below the
 * notifications domain, because the session needs it and notifications already depends on auth.
 */
export const UNREAD_NOTIFICATION_WHERE = { readAt: null } satisfies Prisma.NotificationWhereInput;
