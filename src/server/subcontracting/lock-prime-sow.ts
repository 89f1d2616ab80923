import "server-only";
import type { Tx } from "@/server/db";
import { partnerScope, type Capability, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";

/**
 * Finds the SOW within the user's scope and locks its row until the transaction ends: every operation that reads the
 * SOW's funds or status and then changes them (an authorization drawing funds, a cancellation giving them back, a
 * move along the lifecycle, a PO adding funds) takes this lock first, so they run one after another and each sees
 * what the one before wrote. Out of scope and absent are NOT_FOUND before any lock is taken.
 */
export async function lockPrimeSow(tx: Tx, user: SessionUser, capability: Capability, sowId: string, field = "sowId"): Promise<void> {
  const visible = await tx.primeSow.findFirst({ where: { id: sowId, partner: partnerScope(user, capability) }, select: { id: true } });
  if (!visible) throw new AppError("NOT_FOUND", { field });
  await tx.$queryRaw`SELECT "id" FROM "PrimeSow" WHERE "id" = ${sowId} FOR UPDATE`;
}
