import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { addMinutes } from "date-fns";
import type { Role, TokenPurpose } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** The stored form of a token; lookups that must not use the token up (showing an invitation) match on it too. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time token; only its hash is stored, the raw token goes into the emailed link. The row's id comes back
 * too, because an invitation is listed and revoked by it.
 */
export async function createOneTimeToken(
  tx: Tx,
  input: { purpose: TokenPurpose; email: string; ttlMinutes: number; userId?: string; partnerId?: string; role?: Role; issuedById?: string },
): Promise<{ id: string; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const { id } = await tx.oneTimeToken.create({
    data: {
      purpose: input.purpose,
      tokenHash: hashToken(token),
      email: input.email,
      userId: input.userId,
      partnerId: input.partnerId,
      role: input.role,
      issuedById: input.issuedById,
      expiresAt: addMinutes(new Date(), input.ttlMinutes),
    },
    select: { id: true },
  });
  return { id, token };
}

/** Marks a token used and returns it; an unknown, used or expired token is refused. Safe against two uses at once. */
export async function consumeOneTimeToken(tx: Tx, purpose: TokenPurpose, token: string) {
  const tokenHash = hashToken(token);
  const found = await tx.oneTimeToken.findUnique({ where: { tokenHash } });
  if (!found || found.purpose !== purpose || found.usedAt) throw new AppError("TOKEN_INVALID", { field: "token" });
  if (found.expiresAt <= new Date()) throw new AppError("TOKEN_EXPIRED", { field: "token" });
  const claimed = await tx.oneTimeToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) throw new AppError("TOKEN_INVALID", { field: "token" });
  return found;
}
