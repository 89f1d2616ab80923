import "server-only";
import type { Tx } from "@/server/db";

/**
 * Locks the company's row until the transaction ends. Operations that read the company's state and then change it
 * (counting its admins, checking its agreement responses, deciding its application, appending to its notes) take
 * this lock first, so two of them on the same company run one after the other and the second sees what the first
 * wrote instead of overwriting it.
 */
export async function lockPartner(tx: Tx, partnerId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Partner" WHERE "id" = ${partnerId} FOR UPDATE`;
}
