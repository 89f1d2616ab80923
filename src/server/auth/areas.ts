// The portal's areas: each a path prefix and its navigation links, every link guarded by the capability its page asks
// for. Navigation, each role's home page, the proxy's list of private paths and area access all come from this list,
// so a domain adds its pages here with one entry or one link.
import "server-only";
import type { Capability } from "@/server/auth/policy";

export interface AreaLink {
  href: string;
  label: string;
  /** The capability the linked page requires: the link shows only to those who hold it. */
  capability: Capability;
}

export interface AreaDefinition {
  id: string;
  /** Every page under this path belongs to the area and needs a signed-in user. */
  prefix: string;
  links: readonly AreaLink[];
  /**
   * For an area of shared record pages with no list of its own (no link): the capability that opens it. Each page
   * still scopes its record by the same capability.
   */
  access?: Capability;
}

/** In the order the header shows them; a user's home is the first link they may open. */
export const AREAS = [
  {
    id: "partner",
    prefix: "/partner",
    links: [
      { href: "/partner", label: "Home", capability: "company.read" },
      { href: "/partner/company", label: "Company", capability: "company.read" },
      { href: "/partner/agreements", label: "Agreements", capability: "agreements.read" },
      { href: "/partner/certifications", label: "Certifications", capability: "certifications.read" },
      { href: "/partner/ctp", label: "Training partner", capability: "ctp.participate" },
      // company.read, not nfr.read: the link is the partner's own, and nfr.read would put it in a CAM's or PHD's header.
      { href: "/partner/nfr", label: "NFR licenses", capability: "company.read" },
      // subcontracting.bill, held only by partner users: the PS coordinator's area is /ps.
      { href: "/partner/subcontracting", label: "Subcontracting", capability: "subcontracting.bill" },
    ],
  },
  {
    id: "admin",
    prefix: "/admin",
    links: [
      { href: "/admin", label: "Users", capability: "users.manage" },
      { href: "/admin/agreements", label: "Agreements", capability: "agreements.manage" },
      { href: "/admin/legal-requests", label: "Legal requests", capability: "legalRequests.manage" },
      { href: "/admin/emails", label: "Emails", capability: "emails.manage" },
      { href: "/admin/audit", label: "Audit trail", capability: "audit.read" },
      { href: "/admin/certifications", label: "Certifications", capability: "certifications.manage" },
      { href: "/admin/ctp-template", label: "CTP checklist", capability: "ctp.template.manage" },
      { href: "/admin/nfr", label: "NFR settings", capability: "nfr.settings" },
    ],
  },
  {
    id: "phd",
    prefix: "/phd",
    links: [
      { href: "/phd/applicants", label: "Applicants", capability: "applicants.review" },
      { href: "/phd/nfr", label: "NFR requests", capability: "nfr.process" },
    ],
  },
  {
    id: "cam",
    prefix: "/cam",
    links: [
      { href: "/cam", label: "Home", capability: "accounts.own" },
      { href: "/cam/ctp", label: "CTP", capability: "ctp.manage" },
      // accounts.own, not nfr.request: partner users hold that one too, and the CAM's area is no partner's.
      { href: "/cam/nfr", label: "NFR licenses", capability: "accounts.own" },
    ],
  },
  // After phd and cam, so the PHD's home stays the applicant queue and the CAM's their dashboard.
  {
    id: "accounts",
    prefix: "/accounts",
    links: [{ href: "/accounts", label: "Accounts", capability: "accounts.read" }],
  },
  {
    id: "awards",
    prefix: "/award-cases",
    links: [{ href: "/award-cases", label: "Award cases", capability: "awards.read" }],
  },
  {
    id: "education",
    prefix: "/education",
    links: [
      { href: "/education", label: "Education", capability: "certifications.verify" },
      { href: "/education/imports", label: "Completion imports", capability: "certifications.import" },
    ],
  },
  {
    id: "ps",
    prefix: "/ps",
    links: [
      { href: "/ps", label: "Burn", capability: "sows.read" },
      { href: "/ps/sows", label: "Prime SOWs", capability: "sows.read" },
      { href: "/ps/partners", label: "Partners", capability: "sows.read" },
      { href: "/ps/consultants", label: "Consultants", capability: "consultants.manage" },
      { href: "/ps/invoices", label: "Invoices", capability: "invoices.review" },
    ],
  },
  {
    id: "channel-services",
    prefix: "/channel-services",
    links: [{ href: "/channel-services", label: "Channel Services", capability: "ctp.channelServices" }],
  },
  // Last: every CTP owner reads trackings here, and a home is the first link a user may open, so it is nobody's home.
  // A partner's users open their tracking's page here too, from their own CTP page rather than a second link.
  {
    id: "ctp",
    prefix: "/ctp",
    links: [{ href: "/ctp", label: "CTP trackings", capability: "ctp.list" }],
    access: "ctp.read",
  },
  // NFR requests and licenses, one page each for everyone in scope (the partner's users, its CAM, the region's desk):
  // the lists live in each role's own area, so this one has no link and nobody's home.
  {
    id: "nfr",
    prefix: "/nfr",
    links: [],
    access: "nfr.read",
  },
] as const satisfies readonly AreaDefinition[];

export type Area = (typeof AREAS)[number]["id"];

/** Paths that need a session: every area, and the applicant's status page. */
export const PRIVATE_PREFIXES: readonly string[] = ["/application", "/notifications", ...AREAS.map((area) => area.prefix)];
