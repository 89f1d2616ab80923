import "server-only";
import { subMinutes } from "date-fns";
import { prisma } from "@/server/db";
import { verifyPassword } from "@/server/auth/password";
import { isSignInThrottled, normalizeEmail, THROTTLE_WINDOW_MINUTES } from "@/server/auth/rules";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; reason: "INVALID" | "THROTTLED" };

/**
 * Checks an email and password. The result never says which of the two was wrong,
 * and every failure counts towards the account's and the IP's throttle.
 */
export async function signInWithPassword(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const since = subMinutes(new Date(), THROTTLE_WINDOW_MINUTES);
  const [accountFailures, ipFailures] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { ip: input.ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  if (isSignInThrottled({ account: accountFailures, ip: ipFailures })) {
    await prisma.signInAttempt.create({ data: { email, ip: input.ip, succeeded: false } });
    return { ok: false, reason: "THROTTLED" };
  }

  const user = await prisma.user.findUnique({
    where: { email },
    select: { ...SESSION_USER_SELECT, active: true, passwordHash: true },
  });
  const passwordMatches = user?.passwordHash ? await verifyPassword(input.password, user.passwordHash) : false;
  if (!user || !user.active || !passwordMatches) {
    await prisma.signInAttempt.create({ data: { email, ip: input.ip, succeeded: false } });
    return { ok: false, reason: "INVALID" };
  }

  await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ip: input.ip, succeeded: true } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "user.signed_in",
      entityType: "User",
      entityId: user.id,
      summary: `${user.email} signed in`,
      ip: input.ip,
    });
  });
  const { id, name, role, partnerId, region, partner } = user;
  return { ok: true, user: toSessionUser({ id, email: user.email, name, role, partnerId, region, partner }) };
}
