// Role names as people read them: pages, forms and emails all show these.
import type { Role } from "@/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  PARTNER_USER: "Partner user",
  PARTNER_ADMIN: "Partner admin",
  CAM: "Channel Account Manager",
  PHD: "Partner Help Desk",
  PS_COORDINATOR: "PS coordinator",
  EDUCATION_SERVICES: "Education Services",
  CHANNEL_SERVICES: "Channel Services",
  ADMIN: "Channel operations admin",
};
