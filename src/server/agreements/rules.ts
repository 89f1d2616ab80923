import type { AgreementKind, LegalRequestStatus, PartnerTrack } from "@/generated/prisma/enums";

/** The agreements a partner on these tracks must accept: the MPA always, plus each track's addendum (DOMAIN.md, "Program structure"). */
export function requiredAgreementKinds(tracks: readonly PartnerTrack[]): AgreementKind[] {
  const kinds: AgreementKind[] = ["MPA"];
  if (tracks.includes("RESELLER")) kinds.push("RESELLER_ADDENDUM");
  if (tracks.includes("SERVICES") || tracks.includes("REFERRAL")) kinds.push("REFERRAL_SERVICES_ADDENDUM");
  if (tracks.includes("MSP")) kinds.push("MSP_AGREEMENT");
  if (tracks.includes("TRAINING")) kinds.push("TRAINING_ADDENDUM");
  return kinds;
}

/** Who must accept an agreement, as the catalog says it: DOMAIN.md's "Program structure" in a phrase per kind. */
export const AGREEMENT_REQUIRED_FOR: Record<AgreementKind, string> = {
  MPA: "Every partner",
  RESELLER_ADDENDUM: "Reseller track",
  REFERRAL_SERVICES_ADDENDUM: "Services and Referral tracks",
  MSP_AGREEMENT: "Managed Services (MSP) track",
  TRAINING_ADDENDUM: "Training track",
  MSA: "Subcontractors",
  DPA: "Subcontractors",
};

/** Legal requests still being worked: while one is open for a version, that version is "in negotiation", not pending. */
export const OPEN_LEGAL_REQUEST_STATUSES = ["OPEN", "IN_NEGOTIATION"] as const satisfies readonly LegalRequestStatus[];

export function isOpenLegalRequest(status: LegalRequestStatus): boolean {
  return (OPEN_LEGAL_REQUEST_STATUSES as readonly LegalRequestStatus[]).includes(status);
}

/**
 * Where a legal request may go next: OPEN → IN_NEGOTIATION, then an outcome (resolved as agreed, or declined), or
 * withdrawn at any point before one. An outcome may come straight from OPEN: not every request needs a negotiation.
 */
const LEGAL_REQUEST_TRANSITIONS: Record<LegalRequestStatus, readonly LegalRequestStatus[]> = {
  OPEN: ["IN_NEGOTIATION", "RESOLVED", "DECLINED", "WITHDRAWN"],
  IN_NEGOTIATION: ["RESOLVED", "DECLINED", "WITHDRAWN"],
  RESOLVED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

/** The statuses that close a request with an outcome; only recording the outcome (what was agreed, or why not) sets them. */
export const LEGAL_REQUEST_OUTCOME_STATUSES = ["RESOLVED", "DECLINED"] as const satisfies readonly LegalRequestStatus[];

export function isLegalRequestOutcome(status: LegalRequestStatus): boolean {
  return (LEGAL_REQUEST_OUTCOME_STATUSES as readonly LegalRequestStatus[]).includes(status);
}

export function nextLegalRequestStatuses(from: LegalRequestStatus): readonly LegalRequestStatus[] {
  return LEGAL_REQUEST_TRANSITIONS[from];
}

export function canMoveLegalRequest(from: LegalRequestStatus, to: LegalRequestStatus): boolean {
  return LEGAL_REQUEST_TRANSITIONS[from].includes(to);
}

export type AgreementStanding = "ACCEPTED" | "IN_NEGOTIATION" | "PENDING";

/**
 * Where a company stands on the current version of one agreement it needs: accepted, held in a legal request,
 * or waiting for its acceptance. Only the current version counts: accepting version 1 does not cover version 2.
 */
export function agreementStanding(
  currentVersionId: string,
  acceptedVersionIds: ReadonlySet<string>,
  openRequestVersionIds: ReadonlySet<string>,
): AgreementStanding {
  if (acceptedVersionIds.has(currentVersionId)) return "ACCEPTED";
  if (openRequestVersionIds.has(currentVersionId)) return "IN_NEGOTIATION";
  return "PENDING";
}
