import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { signInWithPassword } from "./sign-in-with-password";
import { authOptions } from "./auth-options";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/server/auth/rules";
import { makeUser, TEST_PASSWORD } from "../../../tests/factories";

describe("signInWithPassword", () => {
  it("signs in with the right password, records the sign-in and audits it", async () => {
    const user = await makeUser("CAM", { region: "EMEA" });
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(result).toEqual({ ok: true, user, sessionId: expect.any(String) });
    expect(await prisma.session.count({ where: { userId: user.id, endedAt: null } })).toBe(1);
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: "user.signed_in" } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await makeUser("PHD", { region: "AMER" });
    const wrongPassword = await signInWithPassword({ email: user.email, password: "wrong-password", ip: "10.0.0.2" });
    const unknownEmail = await signInWithPassword({ email: "nobody@test.example", password: TEST_PASSWORD, ip: "10.0.0.2" });
    expect(wrongPassword).toEqual({ ok: false, reason: "INVALID" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses a deactivated account, saying so only to someone with the right password", async () => {
    const staff = await makeUser("ADMIN", { active: false });
    const partnerUser = await makeUser("PARTNER_USER", { active: false });
    expect(await signInWithPassword({ email: staff.email, password: TEST_PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "DEACTIVATED_STAFF" });
    expect(await signInWithPassword({ email: partnerUser.email, password: TEST_PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "DEACTIVATED" });
    expect(await signInWithPassword({ email: partnerUser.email, password: "wrong-password", ip: "10.0.0.3" })).toEqual({ ok: false, reason: "INVALID" });
    expect(await prisma.session.count({ where: { userId: { in: [staff.id, partnerUser.id] } } })).toBe(0);
    // Each refusal counts towards the throttle like a wrong password.
    expect(await prisma.signInAttempt.count({ where: { email: partnerUser.email, succeeded: false } })).toBe(2);
  });

  it("throttles an account after repeated failures, even from new addresses and with the right password", async () => {
    const user = await makeUser("PS_COORDINATOR");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT; attempt++) {
      expect(await signInWithPassword({ email: user.email, password: "wrong-password", ip: `10.1.0.${attempt}` })).toMatchObject({ reason: "INVALID" });
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "10.1.1.1" })).toEqual({ ok: false, reason: "THROTTLED" });
  });

  it("throttles an address that fails across many accounts", async () => {
    const ip = "10.2.0.1";
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      await signInWithPassword({ email: `guess-${attempt}@test.example`, password: "guess", ip });
    }
    const victim = await makeUser("PARTNER_USER");
    expect(await signInWithPassword({ email: victim.email, password: TEST_PASSWORD, ip })).toEqual({ ok: false, reason: "THROTTLED" });
    expect(await signInWithPassword({ email: victim.email, password: TEST_PASSWORD, ip: "10.2.0.2" })).toMatchObject({ ok: true });
  });

  it("checks at most the limit's worth of passwords when many wrong ones arrive at once", async () => {
    const user = await makeUser("CAM", { region: "APAC" });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) => signInWithPassword({ email: user.email, password: "wrong-password", ip: `10.3.0.${attempt}` })),
    );
    const checked = results.filter((result) => !result.ok && result.reason === "INVALID").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(results.filter((result) => !result.ok && result.reason === "THROTTLED")).toHaveLength(20 - checked);
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "10.3.1.1" })).toEqual({ ok: false, reason: "THROTTLED" });
  });

  it("takes as long for an unknown address as for a wrong password, so timing does not reveal accounts", async () => {
    const user = await makeUser("PHD", { region: "APAC" });
    const median = async (email: string) => {
      const times: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const started = performance.now();
        await signInWithPassword({ email, password: "wrong-password", ip: `10.4.${times.length}.${email.length}` });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1];
    };
    await median("warm-up@test.example");
    const [known, unknown] = [await median(user.email), await median("nobody-here@test.example")];
    // Both check a bcrypt hash (a real one or a dummy); without the dummy, an unknown address answered 8 times faster.
    expect(unknown).toBeGreaterThan(known / 2);
  });

  it("stores only a hash of the password", async () => {
    const user = await makeUser("CAM");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});

describe("the sign-in form's credentials check", () => {
  const authorize = (credentials: Record<string, string>) => {
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown> };
    };
    return provider.options.authorize(credentials, { headers: { "x-forwarded-for": "10.5.0.1" } });
  };

  it("answers only with its own codes: a NUL byte or an overlong address is INVALID before the database sees it", async () => {
    const attempts = await prisma.signInAttempt.count();
    for (const credentials of [
      { email: "someone\u0000@test.example", password: "whatever-password" },
      { email: `${"a".repeat(300)}@test.example`, password: "whatever-password" },
      { email: "someone@test.example", password: "pass\u0000word" },
    ]) {
      await expect(authorize(credentials)).rejects.toThrow(/^INVALID$/);
    }
    expect(await prisma.signInAttempt.count()).toBe(attempts);
  });

  it("signs in with the right password and hands next-auth the session it opened", async () => {
    const user = await makeUser("CAM", { region: "AMER" });
    const signedIn = (await authorize({ email: user.email, password: TEST_PASSWORD })) as { id: string; sessionId: string };
    expect(signedIn.id).toBe(user.id);
    expect(await prisma.session.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).toMatchObject({ userId: user.id, endedAt: null, ip: "10.5.0.1" });
  });
});
