// The one place that decides who may do what and which records they see.
// Pages call requireArea(); server actions are built with the action client, which calls authorize();
// queries put partnerScope() / scopedPartnerId() in their `where`, never filter afterwards.
import "server-only";
import type { PartnerStatus, Role } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { PARTNER_ROLES } from "@/server/auth/roles";
import { AREAS, type Area, type AreaDefinition } from "@/server/auth/areas";

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

/**
 * The scope a capability is granted in: the user's own company, the accounts a CAM owns, a PHD's region, the
 * subcontracting partners (PS coordinators), or everything; it becomes the partner `where` of every scoped query.
 * `self` is the user's own records (their notifications), which involve no company: an applicant holds it too.
 */
export type Scope = "self" | "own" | "owned" | "region" | "subcontracting" | "all";

const PARTNER_OWN = { PARTNER_USER: "own", PARTNER_ADMIN: "own" } as const;

/**
 * Who may do what, and over which partners: the one table a reviewer reads. Pages ask for a capability with
 * requireCapability(), actions name theirs in capabilityAction(), queries scope with partnerScope(user, capability).
 * A role missing from an entry may not use it at all. Admins run the program, so they may look into every internal area.
 */
export const CAPABILITIES = {
  // The partner's own portal
  "company.read": PARTNER_OWN,
  "company.manage": { PARTNER_ADMIN: "own" },
  "agreements.read": PARTNER_OWN,
  "agreements.respond": { PARTNER_ADMIN: "own" },
  // Partner accounts seen from inside the company
  "accounts.read": { CAM: "owned", PHD: "region", ADMIN: "all" },
  // The CAM's own dashboard: what needs them on the accounts they own.
  "accounts.own": { CAM: "owned", ADMIN: "all" },
  "applicants.review": { PHD: "region", ADMIN: "all" },
  // NFR licenses (DOMAIN.md, "NFR"): partners and their CAM file requests and answer the PHD's questions; the PHD
  // of the partner's region decides them and revokes licenses; the admin sets how the cap counts.
  "nfr.read": { ...PARTNER_OWN, CAM: "owned", PHD: "region", ADMIN: "all" },
  "nfr.request": { ...PARTNER_OWN, CAM: "owned", ADMIN: "all" },
  "nfr.process": { PHD: "region", ADMIN: "all" },
  "nfr.settings": { ADMIN: "all" },
  // Subcontracting (DOMAIN.md, "Subcontracting"): the PS coordinator runs the subcontracting partners' agreements,
  // Prime SOWs, work authorizations, consultant pipeline and invoice review; the partner's people log hours and
  // bill them (their own authorizations only).
  "sows.read": { PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  "sows.manage": { PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  "consultants.manage": { PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  "invoices.review": { PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  "subcontracting.read": { ...PARTNER_OWN, PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  "subcontracting.bill": PARTNER_OWN,
  // Files a company uploaded (its logo) are seen wherever the company is.
  "files.read": { ...PARTNER_OWN, CAM: "owned", PHD: "region", PS_COORDINATOR: "subcontracting", ADMIN: "all" },
  // Certifications (DOMAIN.md, "Certifications"): the partner's people, the catalog, completions and badges
  "certifications.read": PARTNER_OWN,
  // A partner user records a step of their own certification (the operation takes the person from the session).
  "certifications.record": PARTNER_OWN,
  "certifications.verify": { EDUCATION_SERVICES: "all", ADMIN: "all" },
  "certifications.import": { EDUCATION_SERVICES: "all", ADMIN: "all" },
  "certifications.manage": { ADMIN: "all" },
  // Company certification award cases: the CAM's tasks, and the PHD's
  "awards.read": { CAM: "owned", PHD: "region", ADMIN: "all" },
  "awards.sendEmail": { CAM: "owned", ADMIN: "all" },
  "awards.updateProfile": { PHD: "region", ADMIN: "all" },
  // CTP trackings: the CAM invites and follows them; each section's owner completes its own items (the operation
  // checks the section's owner); trainer candidates enroll from the partner's side.
  "ctp.manage": { CAM: "owned", ADMIN: "all" },
  "ctp.participate": PARTNER_OWN,
  "ctp.read": { ...PARTNER_OWN, CAM: "owned", EDUCATION_SERVICES: "all", CHANNEL_SERVICES: "all", ADMIN: "all" },
  "ctp.work": { ...PARTNER_OWN, CAM: "owned", EDUCATION_SERVICES: "all", CHANNEL_SERVICES: "all", ADMIN: "all" },
  "ctp.channelServices": { CHANNEL_SERVICES: "all", ADMIN: "all" },
  // The list of trackings, for the internal owners; a partner's one tracking is its own page (/partner/ctp).
  "ctp.list": { CAM: "owned", EDUCATION_SERVICES: "all", CHANNEL_SERVICES: "all", ADMIN: "all" },
  // The section owners who are not the CAM: Education Services' competency items, and the partner's primary contact's
  // items, which only the contact in person (or an admin, acting for them) completes.
  "ctp.education": { EDUCATION_SERVICES: "all", ADMIN: "all" },
  "ctp.actForPrimaryContact": { ADMIN: "all" },
  "ctp.template.manage": { ADMIN: "all" },
  // Channel operations
  "users.manage": { ADMIN: "all" },
  "agreements.manage": { ADMIN: "all" },
  "legalRequests.manage": { ADMIN: "all" },
  "emails.manage": { ADMIN: "all" },
  "audit.read": { ADMIN: "all" },
  // An applicant's own application: a denied one may be sent again (the operation takes the company from the session).
  "application.reapply": { PARTNER_USER: "self", PARTNER_ADMIN: "self" },
  // Everyone's own inbox
  "notifications.own": {
    PARTNER_USER: "self",
    PARTNER_ADMIN: "self",
    CAM: "self",
    PHD: "self",
    PS_COORDINATOR: "self",
    EDUCATION_SERVICES: "self",
    CHANNEL_SERVICES: "self",
    ADMIN: "self",
  },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Capability = keyof typeof CAPABILITIES;

export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

/** The scope `role` holds `capability` in, or undefined when the role may not use it. */
export function scopeOf(role: Role, capability: Capability): Scope | undefined {
  return (CAPABILITIES[capability] as Partial<Record<Role, Scope>>)[role];
}

/**
 * Whether the user holds the capability. A partner user holds a capability over the company only while the company
 * is authorized: an applicant's portal is the application's status page, and their own notifications.
 */
export function can(user: Pick<SessionUser, "role" | "partnerStatus">, capability: Capability): boolean {
  const scope = scopeOf(user.role, capability);
  if (!scope) return false;
  return scope === "self" || !PARTNER_ROLES.includes(user.role) || user.partnerStatus === "AUTHORIZED";
}

/** The one check an action or a route makes: FORBIDDEN unless the user holds the capability. */
export function authorize(user: SessionUser, capability: Capability): void {
  if (!can(user, capability)) throw new AppError("FORBIDDEN");
}

/** An area opens to whoever may open one of its links, or holds its access capability (an area of record pages). */
export function canOpenArea(user: Pick<SessionUser, "role" | "partnerStatus">, area: Area): boolean {
  const definition: AreaDefinition | undefined = AREAS.find((candidate) => candidate.id === area);
  if (!definition) return false;
  return definition.links.some((link) => can(user, link.capability)) || (definition.access !== undefined && can(user, definition.access));
}

// A `where` that matches no partner: ids are UUIDs, so this one never exists.
const NO_PARTNER: Prisma.PartnerWhereInput = { id: "__none__" };

/**
 * The partners a capability lets this user see, for the `where` of a scoped query: the own company, the accounts a
 * CAM owns, a PHD's region, the subcontracting partners, or all. A user without the capability sees none, so a
 * query scoped with it finds nothing and the page shows 404: out of scope and absent look the same.
 */
export function partnerScope(user: SessionUser, capability: Capability): Prisma.PartnerWhereInput {
  if (!can(user, capability)) return NO_PARTNER;
  switch (scopeOf(user.role, capability)) {
    case "own":
      return user.partnerId ? { id: user.partnerId } : NO_PARTNER;
    case "owned":
      return { camOwnerId: user.id };
    case "region":
      return user.region ? { phdRegion: user.region } : NO_PARTNER;
    case "subcontracting":
      return { subcontractRelationship: { not: null } };
    case "all":
      return {};
    default:
      return NO_PARTNER;
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
