import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { hashToken } from "@/server/auth/one-time-token";

export type InvitationLookup = { status: "valid"; email: string; companyName: string; role: Role } | { status: "expired" } | { status: "invalid" };

/**
 * What the invitation page shows before anyone accepts: the company and the invited address. Reading does not use
 * the link up; accepting does (consumeOneTimeToken).
 */
export async function getInvitation(token: string): Promise<InvitationLookup> {
  const found = await prisma.oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, email: true, role: true, usedAt: true, expiresAt: true, partner: { select: { legalName: true } } },
  });
  if (!found || found.purpose !== "INVITATION" || found.usedAt || !found.partner || !found.role) return { status: "invalid" };
  if (found.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", email: found.email, companyName: found.partner.legalName, role: found.role };
}
