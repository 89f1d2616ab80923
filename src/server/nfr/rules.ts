// The NFR program's rules as pure functions (DOMAIN.md, "NFR (not-for-resale) licenses"), unit-tested without a
// database: the eligibility checks a PHD sees, the cap, the new license's expiry and notes.
import { addMonths } from "date-fns";
import type { NfrLicenseStatus, NfrPlan, NfrRequestStatus, PartnerStatus, PartnerTier } from "@/generated/prisma/enums";
import { NFR_CAPS, NFR_LICENSE_MONTHS, NFR_PLAN_LABELS, type NfrCapMode } from "@/lib/nfr";

export interface HeldLicense {
  id: string;
  usersCount: number;
  expiresOn: Date;
}

export interface EligibilityInput {
  partnerStatus: PartnerStatus;
  tier: PartnerTier;
  capMode: NfrCapMode;
  /** The partner's active licenses (status ACTIVE, not yet expired). */
  held: readonly HeldLicense[];
  /** Employees holding an unexpired certification that meets the NFR check (Solution Architect Core, PSE). */
  certifiedEmployees: number;
  request: { usersCount: number; renewsLicenseId: string | null };
}

export interface Eligibility {
  /** (a) The partner is Authorized. */
  authorized: boolean;
  /** (b) What the partner holds against its tier's cap, counting the license a renewal replaces as gone. */
  cap: { mode: NfrCapMode; limit: number; held: number; afterApproval: number; withinCap: boolean };
  /** (c) At least one employee holds Solution Architect Core or PSE. */
  certified: boolean;
}

/** The licenses that count toward the cap: a renewal's own license is replaced, so it does not. */
function countedLicenses(held: readonly HeldLicense[], renewsLicenseId: string | null) {
  return held.filter((license) => license.id !== renewsLicenseId);
}

export function nfrEligibility(input: EligibilityInput): Eligibility {
  const counted = countedLicenses(input.held, input.request.renewsLicenseId);
  const limit = NFR_CAPS[input.tier];
  const held = input.capMode === "LICENSES" ? counted.length : counted.reduce((sum, license) => sum + license.usersCount, 0);
  const afterApproval = held + (input.capMode === "LICENSES" ? 1 : input.request.usersCount);
  return {
    authorized: input.partnerStatus === "AUTHORIZED",
    cap: { mode: input.capMode, limit, held, afterApproval, withinCap: afterApproval <= limit },
    certified: input.certifiedEmployees > 0,
  };
}

/** Why approval is refused ((a) or (b) failing), or null when it may go ahead; (c) alone never blocks. */
export function approvalBlocker(eligibility: Eligibility, tier: PartnerTier): string | null {
  if (!eligibility.authorized) return "The partner is not Authorized: NFR licenses go only to authorized partners.";
  const { cap } = eligibility;
  if (!cap.withinCap) {
    const unit = cap.mode === "LICENSES" ? "active licenses" : "users across active licenses";
    return `The partner holds ${cap.held} ${unit}; approving would make ${cap.afterApproval}, past the ${tier === "SELECT" ? "Select" : "Open"} cap of ${cap.limit}.`;
  }
  return null;
}

/**
 * A new license runs one year from today; when the partner already holds active licenses and this is not a renewal,
 * it expires with them (on the latest of their dates), so the partner's licenses are reviewed and renewed together.
 */
export function nfrLicenseExpiry(today: Date, isRenewal: boolean, held: readonly HeldLicense[]): Date {
  if (!isRenewal && held.length > 0) return new Date(Math.max(...held.map((license) => license.expiresOn.getTime())));
  return addMonths(today, NFR_LICENSE_MONTHS);
}

/** The license's notes, as the handbook writes them: "[users] [plan] NFR Licenses for Partner: [partner]". */
export function nfrLicenseNotes(usersCount: number, plan: NfrPlan, partnerName: string): string {
  return `${usersCount} ${NFR_PLAN_LABELS[plan]} NFR Licenses for Partner: ${partnerName}`;
}

/** A request is decided once; while it waits for information it can still be approved or rejected. */
export function isNfrRequestOpen(status: NfrRequestStatus): boolean {
  return status === "SUBMITTED" || status === "INFO_REQUESTED";
}

/** A license counts as held while it is active and its expiry date has not passed. */
export function isLicenseHeld(license: { status: NfrLicenseStatus; expiresOn: Date }, today: Date): boolean {
  return license.status === "ACTIVE" && license.expiresOn.getTime() >= today.getTime();
}

/** Today as a calendar day (midnight UTC), the unit license dates are stored in. */
export function calendarToday(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
