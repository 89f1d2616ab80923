import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { getPasswordReset } from "./get-password-reset";
import { signInWithPassword } from "./sign-in-with-password";
import { ZResetPasswordSchema } from "@/server/auth/schemas";
import { MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR, MAX_RESET_LINKS_PER_IP_PER_HOUR } from "@/server/auth/rules";
import { makeUser, TEST_PASSWORD } from "../../../tests/factories";

const context = { ip: "10.9.0.1" };

async function resetTokenFromEmail(to: string): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to, template: "passwordReset" }, orderBy: { createdAt: "desc" } });
  const match = email.text.match(/reset-password\?token=([\w-]+)/);
  if (!match) throw new Error(`no reset link in: ${email.text}`);
  return match[1];
}

describe("password reset", () => {
  it("emails a one-time link through the outbox and lets the user choose a new password", async () => {
    const user = await makeUser("PARTNER_ADMIN");
    await requestPasswordReset({ email: user.email }, context);
    const outbox = await prisma.outboxEmail.findFirstOrThrow({ where: { to: user.email } });
    expect(outbox).toMatchObject({ status: "PENDING", subject: "Reset your Partner Portal password" });
    expect(outbox.html).toContain("/reset-password?token=");

    const token = await resetTokenFromEmail(user.email);
    await resetPassword({ token, password: "a-brand-new-password", confirmPassword: "a-brand-new-password" }, context);

    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "10.9.0.2" })).toMatchObject({ ok: false });
    expect(await signInWithPassword({ email: user.email, password: "a-brand-new-password", ip: "10.9.0.2" })).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.count({ where: { entityId: user.id, action: { in: ["user.password_reset_requested", "user.password_reset"] } } })).toBe(2);
  });

  it("works only once, and its page knows it before a password is typed", async () => {
    const user = await makeUser("CAM");
    await requestPasswordReset({ email: user.email }, context);
    const token = await resetTokenFromEmail(user.email);
    expect(await getPasswordReset(token)).toEqual({ status: "valid", email: user.email });
    expect(await resetPassword({ token, password: "first-new-password", confirmPassword: "first-new-password" }, context)).toEqual({ email: user.email });
    expect(await getPasswordReset(token)).toEqual({ status: "invalid" });
    expect(await getPasswordReset("made-up-token")).toEqual({ status: "invalid" });
    await expect(resetPassword({ token, password: "second-new-password", confirmPassword: "second-new-password" }, context)).rejects.toMatchObject({
      code: "TOKEN_INVALID",
    });
  });

  it("refuses an expired link and leaves the password unchanged", async () => {
    const user = await makeUser("PHD");
    await requestPasswordReset({ email: user.email }, context);
    const token = await resetTokenFromEmail(user.email);
    await prisma.oneTimeToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getPasswordReset(token)).toEqual({ status: "expired" });
    await expect(resetPassword({ token, password: "too-late-password", confirmPassword: "too-late-password" }, context)).rejects.toMatchObject({
      code: "TOKEN_EXPIRED",
    });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, ip: "10.9.0.3" })).toMatchObject({ ok: true });
  });

  it("sends nothing for an unknown or deactivated address", async () => {
    const inactive = await makeUser("ADMIN", { active: false });
    await requestPasswordReset({ email: "nobody@test.example" }, context);
    await requestPasswordReset({ email: inactive.email }, context);
    expect(await prisma.outboxEmail.count({ where: { to: { in: ["nobody@test.example", inactive.email] } } })).toBe(0);
  });

  it("asks for a long enough password typed twice the same", () => {
    const short = ZResetPasswordSchema.safeParse({ token: "t", password: "short", confirmPassword: "short" });
    expect(short.success).toBe(false);
    const differ = ZResetPasswordSchema.safeParse({ token: "t", password: "long-enough-1", confirmPassword: "long-enough-2" });
    expect(differ.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "The two passwords differ." });
  });

  it("sends an account only a few links an hour, and an address only a few accounts' links, answering the same", async () => {
    const user = await makeUser("PARTNER_USER");
    for (let request = 0; request < MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR + 2; request++) {
      await requestPasswordReset({ email: user.email }, { ip: `10.9.1.${request}` });
    }
    expect(await prisma.outboxEmail.count({ where: { to: user.email } })).toBe(MAX_RESET_LINKS_PER_ACCOUNT_PER_HOUR);

    const ip = "10.9.2.1";
    const accounts = await Promise.all(Array.from({ length: MAX_RESET_LINKS_PER_IP_PER_HOUR + 2 }, () => makeUser("PARTNER_USER")));
    for (const account of accounts) await requestPasswordReset({ email: account.email }, { ip });
    expect(await prisma.outboxEmail.count({ where: { to: { in: accounts.map((account) => account.email) } } })).toBe(MAX_RESET_LINKS_PER_IP_PER_HOUR);
  });
});
