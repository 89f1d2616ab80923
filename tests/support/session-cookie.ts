// A browser's signed-in state for integration tests: a real session opened by signing in with the password, and the
// cookie next-auth would set for it, encoded with the same secret the app decodes it with.
import { encode } from "next-auth/jwt";
import { signInWithPassword } from "../../src/server/account/sign-in-with-password";
import { SESSION_COOKIE_NAME } from "../../src/server/auth/session-cookie";
import { TEST_PASSWORD } from "../factories";

export interface SignedInBrowser {
  sessionId: string;
  /** The session cookie's value, as the browser sends it back. */
  cookie: string;
}

export async function signInBrowser(
  user: { id: string; email: string; role: string; partnerId: string | null },
  password = TEST_PASSWORD,
): Promise<SignedInBrowser> {
  const result = await signInWithPassword({ email: user.email, password, ip: "10.20.0.1" });
  if (!result.ok) throw new Error(`could not sign in ${user.email}: ${result.reason}`);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = { userId: user.id, role: user.role as never, partnerId: user.partnerId, sessionId: result.sessionId };
  return { sessionId: result.sessionId, cookie: await encode({ token, secret }) };
}

export { SESSION_COOKIE_NAME };

/**
 * A cookie for a session opened directly, for a user who could not sign in with a password now (a deactivated one
 * holding a cookie from before): the session row is as sign-in writes it.
 */
export async function openSessionCookie(user: { id: string; role: string; partnerId: string | null }): Promise<SignedInBrowser> {
  const { prisma } = await import("../../src/server/db");
  const session = await prisma.session.create({
    data: { userId: user.id, ip: "10.20.0.3", expiresAt: new Date(Date.now() + 3_600_000) },
    select: { id: true },
  });
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = { userId: user.id, role: user.role as never, partnerId: user.partnerId, sessionId: session.id };
  return { sessionId: session.id, cookie: await encode({ token, secret }) };
}
