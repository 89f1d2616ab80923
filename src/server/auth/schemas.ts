import "server-only";
import { z } from "zod";
import { linkToken } from "@/server/schema-fields";
import { MIN_PASSWORD_LENGTH } from "@/lib/password-rules";

/** An email address, stored lower-case; the message for an empty field says whose address is asked for. */
export function emailAddress(whenEmpty: string) {
  // 254 characters is the most an address can have (RFC 5321), and what the columns hold.
  return z.string().trim().toLowerCase().min(1, whenEmpty).max(254, "An email address has at most 254 characters.").email("Enter a valid email address.");
}

export const ZEmail = emailAddress("Enter your email address.");

/** A password someone chooses, typed twice: reset, application and invitation forms all check it this way. */
export const ZNewPasswordFields = {
  password: z
    .string()
    .min(1, "Choose a password.")
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Use at most 200 characters."),
  confirmPassword: z.string(),
};

export function passwordsMatch(value: { password: string; confirmPassword: string }): boolean {
  return value.password === value.confirmPassword;
}

export const PASSWORDS_DIFFER = { message: "The two passwords differ.", path: ["confirmPassword"] };

export const ZRequestPasswordResetSchema = z.object({ email: ZEmail });
export type TRequestPasswordReset = z.infer<typeof ZRequestPasswordResetSchema>;

export const ZResetPasswordSchema = z
  .object({
    token: linkToken("This link is not valid. Ask for a new one."),
    ...ZNewPasswordFields,
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);
export type TResetPassword = z.infer<typeof ZResetPasswordSchema>;

export const ZSignOutSchema = z.object({});
