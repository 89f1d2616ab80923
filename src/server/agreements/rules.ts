import type { AgreementKind, PartnerTrack } from "@/generated/prisma/enums";

/** The agreements a partner on these tracks must accept: the MPA always, plus each track's addendum (DOMAIN.md, "Program structure"). */
export function requiredAgreementKinds(tracks: readonly PartnerTrack[]): AgreementKind[] {
  const kinds: AgreementKind[] = ["MPA"];
  if (tracks.includes("RESELLER")) kinds.push("RESELLER_ADDENDUM");
  if (tracks.includes("SERVICES") || tracks.includes("REFERRAL")) kinds.push("REFERRAL_SERVICES_ADDENDUM");
  if (tracks.includes("MSP")) kinds.push("MSP_AGREEMENT");
  if (tracks.includes("TRAINING")) kinds.push("TRAINING_ADDENDUM");
  return kinds;
}
