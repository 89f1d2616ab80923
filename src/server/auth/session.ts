import "server-only";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { prisma } from "@/server/db";
import { SESSION_COOKIE_NAME } from "@/server/auth/session-cookie";
import { UNREAD_NOTIFICATION_WHERE } from "@/server/auth/unread-notifications";
import {
  can,
  canOpenArea,
  isApplicantUser,
  isAuthorizedPartnerUser,
  SESSION_USER_SELECT,
  toSessionUser,
  type Capability,
  type SessionUser,
} from "@/server/auth/policy";
import type { Area } from "@/server/auth/areas";

/**
 * The signed-in user, read once per request. The session carries only the user id; role, company and
 * active flag come from the database so a role change or deactivation takes effect at once. The header's
 * notification bell needs the user's unread count on every page, so it comes in the same statement.
 */
const readSignedInUser = cache(async (): Promise<{ user: SessionUser; sessionId: string; unreadNotifications: number } | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  // One indexed read: the session by its id, and with relation joins its user, the company's status and the unread
  // count as subqueries. An ended or expired session, or a deactivated user, finds nothing: the visitor is signed out.
  const session = await prisma.session.findFirst({
    where: { id: token.sessionId, userId: token.userId, endedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    select: { user: { select: { ...SESSION_USER_SELECT, _count: { select: { notifications: { where: UNREAD_NOTIFICATION_WHERE } } } } } },
  });
  if (!session) return null;
  const { _count: counts, ...user } = session.user;
  return { user: toSessionUser(user), sessionId: token.sessionId, unreadNotifications: counts.notifications };
});

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await readSignedInUser())?.user ?? null;
}

/** The session the request is signed in with, for signing out of it. */
export async function getCurrentSessionId(): Promise<string | null> {
  return (await readSignedInUser())?.sessionId ?? null;
}

/** How many of the signed-in user's notifications are unread (0 when nobody is signed in). */
export async function getUnreadNotificationCount(): Promise<number> {
  return (await readSignedInUser())?.unreadNotifications ?? 0;
}

/**
 * The user and session ids in the session cookie when the cookie is genuine and unexpired. It decrypts the JWT as
 * getServerSession would, without what getServerSession adds for a page: a CSRF token and a re-encrypted
 * cookie that a server component cannot set anyway.
 */
async function readSessionToken(): Promise<{ userId: string; sessionId: string } | null> {
  const token = (await cookies()).get(SESSION_COOKIE_NAME)?.value;
  if (!token) return null;
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: start the portal with `npm start` or `npm run dev`.");
  try {
    const payload = await decode({ token, secret });
    // A cookie from before sessions were kept on the server names none: it is no session.
    return payload?.userId && payload.sessionId ? { userId: payload.userId, sessionId: payload.sessionId } : null;
  } catch {
    // Tampered, signed with another secret, or expired: the same as no session.
    return null;
  }
}

/**
 * For layouts: the signed-in user allowed into `area`; anonymous visitors go to /login and come back after. Until its
 * company is authorized, a partner user's portal is the application's status, before any page runs.
 */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (!canOpenArea(user, area)) {
    if (isApplicantUser(user)) redirect("/application");
    forbidden();
  }
  return user;
}

/** For pages and route handlers' pages: the signed-in user holding `capability`, or the 403 page. */
export async function requireCapability(capability: Capability): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (!can(user, capability)) {
    if (isApplicantUser(user)) redirect("/application");
    forbidden();
  }
  return user;
}

/** For the application's status page: partner users of a company not authorized; an authorized one goes home. */
export async function requireApplicant(): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (isAuthorizedPartnerUser(user)) redirect("/partner");
  if (!isApplicantUser(user)) forbidden();
  return user;
}

async function requireSignedIn(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
