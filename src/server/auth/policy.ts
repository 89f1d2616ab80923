// The one place that decides who may do what and which records they see.
// Pages call requireArea(); server actions are built with the action client, which calls authorize();
// queries put partnerScope() / scopedPartnerId() in their `where`, never filter afterwards.
import type { PartnerStatus, Role } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { PARTNER_ROLES } from "@/server/auth/roles";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  region: Prisma.UserGetPayload<{ select: { region: true } }>["region"];
  /** The company's status for partner users: until it is AUTHORIZED they see only their application. */
  partnerStatus: PartnerStatus | null;
}

/** What every request reads about the signed-in user. */
export const SESSION_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  partnerId: true,
  region: true,
  partner: { select: { status: true } },
} satisfies Prisma.UserSelect;

export function toSessionUser(row: Prisma.UserGetPayload<{ select: typeof SESSION_USER_SELECT }>): SessionUser {
  const { partner, ...user } = row;
  return { ...user, partnerStatus: partner?.status ?? null };
}

export type Area = "partner" | "cam" | "phd" | "ps" | "admin";

/** Which roles may open each area of the portal. Admins run the program, so they may look into every internal area. */
export const AREA_ROLES: Record<Area, readonly Role[]> = {
  partner: PARTNER_ROLES,
  cam: ["CAM", "ADMIN"],
  phd: ["PHD", "ADMIN"],
  ps: ["PS_COORDINATOR", "ADMIN"],
  admin: ["ADMIN"],
};

export function hasRole(user: Pick<SessionUser, "role">, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}

export function canOpenArea(user: Pick<SessionUser, "role">, area: Area): boolean {
  return hasRole(user, AREA_ROLES[area]);
}

export function authorize(user: SessionUser, roles: readonly Role[]): void {
  if (!hasRole(user, roles)) throw new AppError("FORBIDDEN");
}

/**
 * The partners a user may see: a partner user its own company, a CAM the accounts it owns,
 * a PHD its region, a PS coordinator the subcontracting partners, an admin all.
 */
export function partnerScope(user: SessionUser): Prisma.PartnerWhereInput {
  switch (user.role) {
    case "PARTNER_USER":
    case "PARTNER_ADMIN":
      // A partner user without a company sees nothing rather than everything; an applicant sees only its status page.
      return { id: user.partnerId && user.partnerStatus === "AUTHORIZED" ? user.partnerId : "__none__" };
    case "CAM":
      return { camOwnerId: user.id };
    case "PHD":
      return user.region ? { phdRegion: user.region } : { id: "__none__" };
    case "PS_COORDINATOR":
      return { subcontractRelationship: { not: null } };
    case "ADMIN":
      return {};
  }
}

/** Partner users of an authorized company; applicants and denied companies see only their application. */
export function isAuthorizedPartnerUser(user: SessionUser): boolean {
  return PARTNER_ROLES.includes(user.role) && user.partnerStatus === "AUTHORIZED";
}

/** Partner users whose company is not (or no longer) authorized: the application's status page is theirs. */
export function isApplicantUser(user: SessionUser): boolean {
  return PARTNER_ROLES.includes(user.role) && user.partnerId !== null && user.partnerStatus !== "AUTHORIZED";
}

/**
 * The signed-in partner user's own company id; partner-side operations take it from here, never from a form.
 * Only an authorized company's users act on it.
 */
export function ownPartnerId(user: SessionUser): string {
  if (!user.partnerId || !isAuthorizedPartnerUser(user)) throw new AppError("FORBIDDEN");
  return user.partnerId;
}

/** The company whose application an applicant may read: their own, and only while it is not authorized. */
export function ownApplicationPartnerId(user: SessionUser): string {
  if (!user.partnerId || !isApplicantUser(user)) throw new AppError("FORBIDDEN");
  return user.partnerId;
}
