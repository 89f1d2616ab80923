import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { signInWithPassword } from "./sign-in-with-password";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/server/auth/rules";
import { makeUser, TEST_PASSWORD } from "../../../tests/factories";

describe("signInWithPassword", () => {
  it("signs in with the right password, records the sign-in and audits it", async () => {
    const user = await makeUser("CAM", { region: "EMEA" });
    const result = await signInWithPassword({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(result).toEqual({ ok: true, user });
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

  it("refuses a deactivated account even with the right password", async () => {
    const user = await makeUser("ADMIN", { active: false });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "10.0.0.3" })).toEqual({ ok: false, reason: "INVALID" });
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

  it("stores only a hash of the password", async () => {
    const user = await makeUser("CAM");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});
