import "server-only";
import { prisma } from "@/server/db";
import { can, type SessionUser } from "@/server/auth/policy";

/** How many of a user's latest sign-in sessions their page lists. */
const SESSIONS_SHOWN = 10;

/**
 * One user as the admin's user page shows it: who they are, their company, their latest sessions.
 * Only admins open it (users.manage, held in scope "all"), so any user may be found; null for an id that does not
 * exist. The user and the sessions come in one statement (relation joins).
 */
export async function getUser(viewer: SessionUser, userId: string) {
  if (!can(viewer, "users.manage")) return null;
  return prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      region: true,
      title: true,
      phone: true,
      active: true,
      emailVerifiedAt: true,
      lastSignInAt: true,
      createdAt: true,
      partner: { select: { id: true, legalName: true } },
      sessions: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: SESSIONS_SHOWN,
        select: { id: true, createdAt: true, expiresAt: true, endedAt: true, ip: true },
      },
    },
  });
}

export type UserRecord = NonNullable<Awaited<ReturnType<typeof getUser>>>;
