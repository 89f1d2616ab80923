import "server-only";
import type { Tx } from "@/server/db";

/**
 * Locks the tracking's row until the transaction ends: a completion and the lock job on the same tracking run one
 * after the other, so a completion either lands before the lock or finds the tracking locked.
 */
export async function lockCtpTrackingRow(tx: Tx, trackingId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "CtpTracking" WHERE "id" = ${trackingId} FOR UPDATE`;
}
