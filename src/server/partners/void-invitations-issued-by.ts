import "server-only";
import type { Tx } from "@/server/db";

/**
 * An invitation carries its sender's authority: when a partner admin is deactivated or demoted, the links they sent
 * and nobody used yet stop working. Returns how many.
 */
export async function voidInvitationsIssuedBy(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.oneTimeToken.updateMany({ where: { purpose: "INVITATION", issuedById: userId, usedAt: null }, data: { usedAt: new Date() } });
  return count;
}
