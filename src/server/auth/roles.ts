import type { Role } from "@/generated/prisma/enums";

export const PARTNER_ROLES: readonly Role[] = ["PARTNER_USER", "PARTNER_ADMIN"];

export const ROLE_LABELS: Record<Role, string> = {
  PARTNER_USER: "Partner user",
  PARTNER_ADMIN: "Partner admin",
  CAM: "Channel Account Manager",
  PHD: "Partner Help Desk",
  PS_COORDINATOR: "PS coordinator",
  ADMIN: "Channel operations admin",
};

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}
