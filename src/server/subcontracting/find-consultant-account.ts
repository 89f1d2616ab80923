import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/**
 * The partner user account a consultant signs in with, found by its email among the partner's own users and not
 * already another consultant's: adding a candidate and linking one later both check it the same way.
 */
export async function findConsultantAccount(tx: Tx, partner: { id: string; legalName: string }, email: string): Promise<string> {
  const account = await tx.user.findFirst({ where: { email, partnerId: partner.id }, select: { id: true, consultant: { select: { name: true } } } });
  if (!account) throw new AppError("CONFLICT", { field: "accountEmail", message: `No user of ${partner.legalName} has this email address.` });
  if (account.consultant) {
    throw new AppError("CONFLICT", { field: "accountEmail", message: `This account is already the consultant ${account.consultant.name}'s.` });
  }
  return account.id;
}
