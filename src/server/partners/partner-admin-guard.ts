import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

export const LAST_ADMIN_MESSAGE = "Your company needs at least one active partner admin: make someone else an admin first.";

/**
 * Refuses a change that would leave the company without an active partner admin once `userId` is no longer one.
 * Call it after `lockPartner`: two changes that each remove an admin then run one after the other, and the second
 * counts what the first left.
 */
export async function ensureAnotherActiveAdmin(tx: Tx, partnerId: string, userId: string, field: string): Promise<void> {
  const others = await tx.user.count({ where: { partnerId, role: "PARTNER_ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", { message: LAST_ADMIN_MESSAGE, field });
}
