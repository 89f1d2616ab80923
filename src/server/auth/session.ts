import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { prisma } from "@/server/db";
import { authOptions } from "@/server/auth/auth-options";
import { canOpenArea, SESSION_USER_SELECT, toSessionUser, type Area, type SessionUser } from "@/server/auth/policy";

/**
 * The signed-in user, read once per request. The session carries only the user id; role, company and
 * active flag come from the database so a role change or deactivation takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await prisma.user.findFirst({
    where: { id: session.userId, active: true },
    select: SESSION_USER_SELECT,
  });
  return user && toSessionUser(user);
});

/** For pages: the signed-in user allowed into `area`; anonymous visitors go to /login and come back after. */
export async function requireArea(area: Area): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const path = (await headers()).get("x-pathname") ?? "/";
    redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (!canOpenArea(user, area)) forbidden();
  return user;
}
