import "server-only";
import type { Tx } from "@/server/db";

/**
 * Once an application is decided, the notices about it (the PHD desk's "New partner application", which link to its
 * review page) ask nobody to act any more: they are marked read for every recipient, in the decision's transaction.
 */
export async function markApplicationNoticesRead(tx: Tx, partnerId: string, at: Date): Promise<number> {
  const { count } = await tx.notification.updateMany({ where: { link: `/phd/applicants/${partnerId}`, readAt: null }, data: { readAt: at } });
  return count;
}
