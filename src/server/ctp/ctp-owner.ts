import "server-only";
import type { CtpOwner } from "@/generated/prisma/enums";
import { can, scopeOf, type Capability, type SessionUser } from "@/server/auth/policy";

export interface CtpOwnerFacts {
  /** The CAM who owns the account. */
  camOwnerId: string | null;
  primaryContactId: string | null;
}

/** The capability that completes a section owner's items; the policy's table says who holds it and in which scope. */
const OWNER_CAPABILITY: Record<CtpOwner, Capability> = {
  CAM: "ctp.manage",
  PARTNER_PRIMARY_CONTACT: "ctp.actForPrimaryContact",
  EDUCATION_SERVICES: "ctp.education",
  CHANNEL_SERVICES: "ctp.channelServices",
};

/**
 * Whether this user completes items of a section owned by `owner`: a holder of the owner's capability over all
 * accounts, the CAM who owns this one, or the partner's primary contact in person.
 */
export function actsForCtpOwner(user: SessionUser, owner: CtpOwner, facts: CtpOwnerFacts): boolean {
  const capability = OWNER_CAPABILITY[owner];
  if (can(user, capability)) {
    const scope = scopeOf(user.role, capability);
    if (scope === "all") return true;
    if (scope === "owned") return facts.camOwnerId === user.id;
  }
  return owner === "PARTNER_PRIMARY_CONTACT" && facts.primaryContactId === user.id;
}

/** Who completes an item: a trainer candidate's own task only that candidate, any other item its section's owner. */
export function mayCompleteCtpItem(user: SessionUser, item: { owner: CtpOwner; candidateUserId: string | null }, facts: CtpOwnerFacts): boolean {
  if (item.candidateUserId !== null) return item.candidateUserId === user.id;
  return actsForCtpOwner(user, item.owner, facts);
}
