// Sessions end on the server: a cookie copied before sign-out, a password reset, a deactivation or a role change
// opens nothing afterwards. Only Next's request plumbing is stood in for: the cookie jar a request carries.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/server/db";
import { getCurrentUser } from "@/server/auth/session";
import { signOut } from "./sign-out";
import { deleteOldSessions } from "./delete-old-sessions";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { deactivatePartnerUser } from "@/server/partners/deactivate-partner-user";
import { changePartnerUserRole } from "@/server/partners/change-partner-user-role";
import { makePartner, makeUser } from "../../../tests/factories";
import { SESSION_COOKIE_NAME, signInBrowser, type SignedInBrowser } from "../../../tests/support/session-cookie";

const jar = vi.hoisted(() => ({ cookie: undefined as string | undefined }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === SESSION_COOKIE_NAME && jar.cookie ? { name, value: jar.cookie } : undefined),
    delete: () => {
      jar.cookie = undefined;
    },
  }),
  headers: async () => new Headers(),
}));

const context = { ip: "10.20.0.2" };

/** Who a request carrying this browser's cookie is signed in as, if anyone. */
async function whoIs(browser: SignedInBrowser): Promise<string | null> {
  jar.cookie = browser.cookie;
  return (await getCurrentUser())?.email ?? null;
}

beforeEach(() => {
  jar.cookie = undefined;
});

describe("sessions", () => {
  it("end at sign-out, so a copy of the cookie opens nothing, while the user's other browser stays signed in", async () => {
    const user = await makeUser("CAM", { region: "AMER" });
    const laptop = await signInBrowser(user);
    const phone = await signInBrowser(user);
    const copied = { ...laptop };
    expect(await whoIs(laptop)).toBe(user.email);

    await signOut(user, laptop.sessionId, context);

    expect(await whoIs(copied)).toBeNull();
    expect(await whoIs(phone)).toBe(user.email);
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.signed_out" } })).toBe(1);
  });

  it("all end when the password is reset", async () => {
    const user = await makeUser("PARTNER_USER", { partnerId: (await makePartner()).id });
    const browsers = [await signInBrowser(user), await signInBrowser(user)];
    await requestPasswordReset({ email: user.email }, context);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: user.email, template: "passwordReset" } });
    const token = email.text.match(/reset-password\?token=([\w-]+)/)?.[1] ?? "";
    await resetPassword({ token, password: "a-brand-new-password", confirmPassword: "a-brand-new-password" }, context);
    for (const browser of browsers) expect(await whoIs(browser)).toBeNull();
  });

  it("all end when a partner admin deactivates the user or changes their role, and not otherwise", async () => {
    const partner = await makePartner();
    const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
    const deactivated = await makeUser("PARTNER_USER", { partnerId: partner.id });
    const promoted = await makeUser("PARTNER_USER", { partnerId: partner.id });
    const bystander = await makeUser("PARTNER_USER", { partnerId: partner.id });
    const [deactivatedBrowser, promotedBrowser, bystanderBrowser] = [
      await signInBrowser(deactivated),
      await signInBrowser(promoted),
      await signInBrowser(bystander),
    ];

    await deactivatePartnerUser(admin, { userId: deactivated.id }, context);
    await changePartnerUserRole(admin, { userId: promoted.id, role: "PARTNER_ADMIN" }, context);

    expect(await whoIs(deactivatedBrowser)).toBeNull();
    expect(await whoIs(promotedBrowser)).toBeNull();
    expect(await whoIs(bystanderBrowser)).toBe(bystander.email);
  });

  it("end when they expire, whatever the cookie says", async () => {
    const user = await makeUser("PHD", { region: "EMEA" });
    const browser = await signInBrowser(user);
    await prisma.session.update({ where: { id: browser.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await whoIs(browser)).toBeNull();
  });

  it("are not opened by a genuine cookie that names another user's session", async () => {
    const [first, second] = [await makeUser("CAM", { region: "AMER" }), await makeUser("CAM", { region: "AMER" })];
    const browser = await signInBrowser(first);
    const forged = await signInBrowser(second);
    // The second user's cookie, edited (with the secret) to carry the first user's session id.
    const { encode, decode } = await import("next-auth/jwt");
    const secret = process.env.NEXTAUTH_SECRET ?? "";
    const payload = await decode({ token: forged.cookie, secret });
    const swapped = await encode({ token: { ...payload!, sessionId: browser.sessionId }, secret });
    expect(await whoIs({ sessionId: browser.sessionId, cookie: swapped })).toBeNull();
  });

  it("are deleted 30 days after they ended or expired, and not before", async () => {
    const user = await makeUser("ADMIN");
    const [old, recent, open] = [await signInBrowser(user), await signInBrowser(user), await signInBrowser(user)];
    const now = new Date();
    await prisma.session.update({ where: { id: old.sessionId }, data: { endedAt: new Date(now.getTime() - 31 * 86_400_000) } });
    await prisma.session.update({ where: { id: recent.sessionId }, data: { endedAt: new Date(now.getTime() - 29 * 86_400_000) } });
    expect(await deleteOldSessions(now)).toBe(1);
    expect((await prisma.session.findMany({ where: { userId: user.id }, select: { id: true } })).map((row) => row.id).sort()).toEqual(
      [recent.sessionId, open.sessionId].sort(),
    );
  });
});
