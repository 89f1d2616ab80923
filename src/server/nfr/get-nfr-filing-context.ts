import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, scopeOf, type SessionUser } from "@/server/auth/policy";
import { readProgramSetting } from "@/server/settings/program-settings";
import { calendarToday, isLicenseHeld } from "@/server/nfr/rules";
import { NFR_CAPS, NFR_PLAN_LABELS, type NfrCapMode } from "@/lib/nfr";
import { formatDate } from "@/lib/format";

/** The most accounts a CAM's partner picker offers; a CAM owns a few dozen, an admin reaches every partner elsewhere. */
export const FILING_PARTNERS_SHOWN = 500;

/**
 * Licenses read per partner, the latest to expire first: the renewal choices, the partner user's license table and,
 * the running ones coming first, every license held (a cap is at most 25), so the held figure comes from the same rows.
 */
export const LICENSES_PER_PARTNER = 100;

/**
 * For a CAM's picker, only what a renewal may name (active and expired licenses), at most this many per account:
 * still every license held, and the page does not carry hundreds of accounts' whole license history to the browser.
 */
const RENEWABLE_PER_ACCOUNT = 30;

/** Requests listed as waiting for an answer; the table below lists them all. */
const WAITING_SHOWN = 20;

export interface FilingPartner {
  id: string;
  legalName: string;
  /** "Open partner: 9 of 10 licenses held" */
  capText: string;
  atCap: boolean;
  renewable: { id: string; label: string; usersCount: number; plan: keyof typeof NFR_PLAN_LABELS; name: string; email: string }[];
}

function capFigures(tier: keyof typeof NFR_CAPS, capMode: NfrCapMode, held: readonly { usersCount: number }[]) {
  const limit = NFR_CAPS[tier];
  const count = capMode === "LICENSES" ? held.length : held.reduce((sum, license) => sum + license.usersCount, 0);
  const unit = capMode === "LICENSES" ? "licenses" : "users";
  return { text: `${tier === "SELECT" ? "Select" : "Open"} partner: ${count} of ${limit} ${unit} held`, atCap: count >= limit };
}

/**
 * What the filing form shows before a request is filed, for every Authorized partner the user may file for (a partner
 * user: their company; a CAM: their accounts): the licenses held against the tier's cap (counted as the program
 * setting says), the licenses a renewal may name, the partners' licenses (at most LICENSES_PER_PARTNER each) and the
 * requests waiting for the requester's answer. One statement
 * for the partners with their licenses and waiting requests (relation joins), one for the cap setting.
 */
export async function getNfrFilingContext(user: SessionUser, now = new Date()) {
  const today = calendarToday(now);
  const ownCompany = scopeOf(user.role, "nfr.request") === "own";
  const [capMode, partners] = await Promise.all([
    readProgramSetting(prisma, "nfrCapMode"),
    prisma.partner.findMany({
      where: { AND: [partnerScope(user, "nfr.request"), { status: "AUTHORIZED" }] },
      orderBy: [{ legalName: "asc" }, { id: "asc" }],
      take: FILING_PARTNERS_SHOWN,
      select: {
        id: true,
        legalName: true,
        tier: true,
        nfrLicenses: {
          where: ownCompany ? {} : { status: { in: ["ACTIVE", "EXPIRED"] } },
          orderBy: [{ expiresOn: "desc" }, { id: "asc" }],
          take: ownCompany ? LICENSES_PER_PARTNER : RENEWABLE_PER_ACCOUNT,
          select: { id: true, referenceNumber: true, name: true, email: true, usersCount: true, plan: true, status: true, expiresOn: true },
        },
        nfrRequests: {
          where: { status: "INFO_REQUESTED" },
          orderBy: [{ infoRequestedAt: "asc" }, { id: "asc" }],
          take: WAITING_SHOWN,
          select: { id: true, infoRequest: true, infoRequestedAt: true, usersCount: true, plan: true },
        },
      },
    }),
  ]);
  const filingPartners: FilingPartner[] = partners.map((partner) => {
    const cap = capFigures(
      partner.tier,
      capMode,
      partner.nfrLicenses.filter((license) => isLicenseHeld(license, today)),
    );
    return {
      id: partner.id,
      legalName: partner.legalName,
      capText: cap.text,
      atCap: cap.atCap,
      // A renewal names an active or expired license (the filing operation's rule), not a revoked or renewed one.
      renewable: partner.nfrLicenses
        .filter((license) => license.status === "ACTIVE" || license.status === "EXPIRED")
        .map((license) => ({
          id: license.id,
          label: `${license.referenceNumber}: ${license.usersCount} ${NFR_PLAN_LABELS[license.plan]}, ${isLicenseHeld(license, today) ? "expires" : "expired"} ${formatDate(license.expiresOn)}`,
          usersCount: license.usersCount,
          plan: license.plan,
          name: license.name,
          email: license.email,
        })),
    };
  });
  const waiting = partners
    .flatMap((partner) => partner.nfrRequests.map((request) => ({ ...request, partnerName: partner.legalName })))
    .sort((a, b) => (a.infoRequestedAt?.getTime() ?? 0) - (b.infoRequestedAt?.getTime() ?? 0))
    .slice(0, WAITING_SHOWN);
  // A partner user's page lists their company's licenses from these rows, which saves the list's two statements
  // (a partner page also carries the agreements banner's).
  const licenses = partners.flatMap((partner) => partner.nfrLicenses.map((license) => ({ ...license, partner: { legalName: partner.legalName } })));
  return { partners: filingPartners, waiting, licenses };
}

export type NfrFilingContext = Awaited<ReturnType<typeof getNfrFilingContext>>;
