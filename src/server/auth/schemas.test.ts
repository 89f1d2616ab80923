import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZEmail, ZNewPasswordFields } from "./schemas";
import { ZInvitePartnerUserSchema } from "@/server/partners/schemas";

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("email and chosen-password fields", () => {
  it("ask for your own address, or for the invitee's, when it is left empty", () => {
    expect(firstMessage(ZEmail, " ")).toBe("Enter your email address.");
    expect(firstMessage(ZInvitePartnerUserSchema, { email: "", role: "PARTNER_USER" })).toBe("Enter the email address of the person to invite.");
    expect(firstMessage(ZEmail, "not-an-address")).toBe("Enter a valid email address.");
    expect(ZEmail.parse(" Sam@Example.COM ")).toBe("sam@example.com");
  });

  it("ask for a password when none is typed, and for a longer one when it is short", () => {
    const password = ZNewPasswordFields.password;
    expect(firstMessage(password, "")).toBe("Choose a password.");
    expect(firstMessage(password, "short")).toBe("Use at least 10 characters.");
    expect(firstMessage(password, "long-enough-1")).toBeNull();
  });
});
