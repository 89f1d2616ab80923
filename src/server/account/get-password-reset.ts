import "server-only";
import { prisma } from "@/server/db";
import { hashToken } from "@/server/auth/one-time-token";

export type PasswordResetLookup = { status: "valid"; email: string } | { status: "expired" } | { status: "invalid" };

/**
 * Whether a reset link can still be used, read when its page loads so a used or made-up link is said to be so
 * before anyone types a password. Reading does not use the link up; saving the new password does.
 */
export async function getPasswordReset(token: string): Promise<PasswordResetLookup> {
  const found = await prisma.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true, active: true } } },
  });
  if (!found || found.purpose !== "PASSWORD_RESET" || found.usedAt || !found.user?.active) return { status: "invalid" };
  if (found.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", email: found.user.email };
}
