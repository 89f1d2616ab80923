import "server-only";
import { AREAS } from "@/server/auth/areas";
import { can, type SessionUser } from "@/server/auth/policy";

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links for a signed-in user: the pages their capabilities open, none for applicants. */
export function navigationFor(user: SessionUser): NavLink[] {
  return AREAS.flatMap((area) => area.links.filter((link) => can(user, link.capability)).map(({ href, label }) => ({ href, label })));
}

/**
 * Where a user lands after signing in: the first page they may open, or the application's status for an applicant
 * (whose company is not authorized, so no partner capability holds yet).
 */
export function homeFor(user: SessionUser): string {
  return navigationFor(user)[0]?.href ?? "/application";
}
