import "server-only";
import { addSeconds, subMinutes } from "date-fns";
import { prisma } from "@/server/db";
import { verifyPasswordOrDummy } from "@/server/auth/password";
import { isSignInThrottled, normalizeEmail, THROTTLE_WINDOW_MINUTES } from "@/server/auth/rules";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { SESSION_MAX_AGE_SECONDS } from "@/server/auth/session-cookie";
import { PARTNER_ROLES } from "@/server/auth/roles";

export type SignInResult = { ok: true; user: SessionUser; sessionId: string } | { ok: false; reason: SignInRefusal };

/**
 * Why a sign-in was refused. DEACTIVATED is said only to someone who gave the right password, so it tells nothing to
 * whoever merely knows the address; it names the role's kind, since a partner asks their company and staff an admin.
 */
export type SignInRefusal = "INVALID" | "THROTTLED" | "DEACTIVATED" | "DEACTIVATED_STAFF";

/**
 * Checks an email and password. The result never says which of the two was wrong (nor, without the right password,
 * that the account is deactivated), an unknown address takes as
 * long as a wrong password, and every failure counts towards the account's and the IP's throttle.
 */
export async function signInWithPassword(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const since = subMinutes(new Date(), THROTTLE_WINDOW_MINUTES);
  // The attempt is written as a failure before the others are counted: each attempt then counts at least every one
  // written before it, so of many attempts at once no more than the limit reach the password check.
  const attempt = await prisma.signInAttempt.create({ data: { email, ip: input.ip, succeeded: false }, select: { id: true } });
  const [accountAttempts, ipAttempts] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    prisma.signInAttempt.count({ where: { ip: input.ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  if (isSignInThrottled({ account: accountAttempts - 1, ip: ipAttempts - 1 })) return { ok: false, reason: "THROTTLED" };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { ...SESSION_USER_SELECT, active: true, passwordHash: true },
  });
  const passwordMatches = await verifyPasswordOrDummy(input.password, user?.passwordHash ?? null);
  if (!user || !passwordMatches) return { ok: false, reason: "INVALID" };
  // The attempt stays counted as a failure, so the throttle still stops guessing at a deactivated account.
  if (!user.active) return { ok: false, reason: PARTNER_ROLES.includes(user.role) ? "DEACTIVATED" : "DEACTIVATED_STAFF" };

  const session = await prisma.$transaction(async (tx) => {
    await tx.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } });
    const opened = await tx.session.create({
      data: { userId: user.id, ip: input.ip, expiresAt: addSeconds(new Date(), SESSION_MAX_AGE_SECONDS) },
      select: { id: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "user.signed_in",
      entityType: "User",
      entityId: user.id,
      summary: `${user.email} signed in`,
      ip: input.ip,
    });
    return opened;
  });
  const { id, name, role, partnerId, region, partner } = user;
  return { ok: true, user: toSessionUser({ id, email: user.email, name, role, partnerId, region, partner }), sessionId: session.id };
}
