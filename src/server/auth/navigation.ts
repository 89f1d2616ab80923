import "server-only";
import { canOpenArea, isAuthorizedPartnerUser, type SessionUser } from "@/server/auth/policy";

export interface NavLink {
  href: string;
  label: string;
}

/** The header's links for a signed-in user: only places their role may open, and nothing but the status for applicants. */
export function navigationFor(user: SessionUser): NavLink[] {
  if (canOpenArea(user, "partner")) {
    if (!isAuthorizedPartnerUser(user)) return [];
    return [
      { href: "/partner", label: "Home" },
      { href: "/partner/company", label: "Company" },
      { href: "/partner/agreements", label: "Agreements" },
    ];
  }
  const links: NavLink[] = [];
  if (user.role === "ADMIN") links.push({ href: "/admin", label: "Users" });
  if (user.role === "CAM") links.push({ href: "/cam", label: "Accounts" });
  if (canOpenArea(user, "phd")) links.push({ href: "/phd/applicants", label: "Applicants" });
  if (user.role === "PS_COORDINATOR") links.push({ href: "/ps", label: "Prime SOWs" });
  if (canOpenArea(user, "admin")) {
    links.push(
      { href: "/admin/agreements", label: "Agreements" },
      { href: "/admin/legal-requests", label: "Legal requests" },
      { href: "/admin/emails", label: "Emails" },
      { href: "/admin/audit", label: "Audit trail" },
    );
  }
  return links;
}
