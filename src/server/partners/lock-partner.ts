import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * Locks the company's row until the transaction ends. Operations that read the company's state and then change it
 * (counting its admins, checking its agreement responses, deciding its application, appending to its notes) take
 * this lock first, so two of them on the same company run one after the other and the second sees what the first
 * wrote instead of overwriting it.
 */
export async function lockPartner(tx: Tx, partnerId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Partner" WHERE "id" = ${partnerId} FOR UPDATE`;
}

/**
 * Locks a company the user may see through `scope` (a partnerScope). Out of scope and absent are NOT_FOUND before
 * any lock is taken, so nobody can hold up another region's or company's work by naming its id.
 */
export async function lockPartnerInScope(tx: Tx, scope: Prisma.PartnerWhereInput, partnerId: string): Promise<void> {
  const visible = await tx.partner.findFirst({ where: { AND: [scope, { id: partnerId }] }, select: { id: true } });
  if (!visible) throw new AppError("NOT_FOUND");
  await lockPartner(tx, partnerId);
}
