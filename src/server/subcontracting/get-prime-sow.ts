import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One Prime SOW as its page shows it: its fields, partner, rates, the funds authorized against it (its history streams in on the page).
 * Null when the SOW's partner is outside the user's scope, so it looks the same as a SOW that does not exist.
 */
export async function getPrimeSow(user: SessionUser, sowId: string) {
  const sow = await prisma.primeSow.findFirst({
    where: { id: sowId, partner: partnerScope(user, "sows.read") },
    select: {
      id: true,
      number: true,
      status: true,
      amountCents: true,
      poNumber: true,
      createdAt: true,
      sentAt: true,
      executedAt: true,
      poApprovedAt: true,
      replenishAlertedAt: true,
      partner: { select: { legalName: true, subcontractRelationship: true } },
      rates: { orderBy: { roleName: "asc" }, select: { id: true, roleName: true, hourlyRateCents: true } },
      workAuthorizations: { where: { status: { not: "CANCELLED" } }, select: { amountCents: true } },
    },
  });
  if (!sow) return null;
  const { workAuthorizations, ...rest } = sow;
  const authorizedCents = workAuthorizations.reduce((sum, authorization) => sum + authorization.amountCents, 0);
  return { ...rest, authorizedCents, remainingCents: sow.amountCents - authorizedCents };
}

export type PrimeSowRecord = NonNullable<Awaited<ReturnType<typeof getPrimeSow>>>;
