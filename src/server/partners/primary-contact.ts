import "server-only";
import type { Tx } from "@/server/db";

/**
 * The partner's primary contact is the company's earliest-joined active user: the person who applied, made partner
 * admin at approval (the next earliest once they leave). Partner has no field for it; this is the one rule every query
 * uses, as a relation's select (`users: { ...PRIMARY_CONTACT, select }`) or with findPrimaryContact.
 */
export const PRIMARY_CONTACT = {
  where: { active: true },
  orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  take: 1,
};

export async function findPrimaryContact(tx: Pick<Tx, "user">, partnerId: string) {
  return tx.user.findFirst({
    where: { ...PRIMARY_CONTACT.where, partnerId },
    orderBy: PRIMARY_CONTACT.orderBy,
    select: { id: true, name: true, email: true },
  });
}
