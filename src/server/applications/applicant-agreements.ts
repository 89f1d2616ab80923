import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PartnerTrack, Region } from "@/generated/prisma/enums";
import { requiredAgreementKinds } from "@/server/agreements/rules";
import { requiredAgreementStandings, type RequiredAgreementStanding } from "@/server/applications/rules";

/** What of an acceptance and of a legal request decides whether an applicant's agreement is settled. */
export const ACCEPTANCE_FACTS = {
  acceptedAt: true,
  region: true,
  leadershipException: true,
  version: { select: { template: { select: { kind: true } } } },
} satisfies Prisma.AgreementAcceptanceSelect;

export const LEGAL_REQUEST_FACTS = {
  status: true,
  resolvedAt: true,
  version: { select: { template: { select: { kind: true } } } },
} satisfies Prisma.LegalRequestSelect;

/**
 * The applicant's standing on each agreement its tracks require, from its acceptances and legal requests as read
 * (by the review page, or by approval inside its transaction).
 */
export function applicantAgreementStandings(partner: {
  region: Region;
  tracks: readonly PartnerTrack[];
  agreementAcceptances: readonly Prisma.AgreementAcceptanceGetPayload<{ select: typeof ACCEPTANCE_FACTS }>[];
  legalRequests: readonly Prisma.LegalRequestGetPayload<{ select: typeof LEGAL_REQUEST_FACTS }>[];
}): RequiredAgreementStanding[] {
  return requiredAgreementStandings({
    region: partner.region,
    required: requiredAgreementKinds(partner.tracks),
    acceptances: partner.agreementAcceptances.map(({ version, ...acceptance }) => ({ ...acceptance, kind: version.template.kind })),
    legalRequests: partner.legalRequests.map(({ version, ...request }) => ({ ...request, kind: version.template.kind })),
  });
}
