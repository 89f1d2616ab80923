import "server-only";
import type { Role } from "@/generated/prisma/enums";

export const PARTNER_ROLES: readonly Role[] = ["PARTNER_USER", "PARTNER_ADMIN"];

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}
