import "server-only";
import type { PartnerTrack } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { listCurrentAgreements, type CurrentAgreementHeading } from "@/server/agreements/list-current-agreements";
import { agreementStanding, OPEN_LEGAL_REQUEST_STATUSES, requiredAgreementKinds } from "@/server/agreements/rules";

export type PendingAgreement = Pick<CurrentAgreementHeading, "kind" | "templateName" | "versionId" | "version">;

/**
 * The current agreement versions the signed-in user's company needs and still has to accept: those whose standing
 * is PENDING by the same rule the agreements page uses, in the order of `requiredAgreementKinds`.
 */
export async function listPendingAgreements(user: SessionUser): Promise<PendingAgreement[]> {
  const partnerId = ownPartnerId(user);
  // The partner area's banner reads this on every page, so the company's tracks and the versions it has accepted or
  // taken to an open legal request come back in one statement (Prisma would read each relation separately).
  const [partner] = await prisma.$queryRaw<{ tracks: PartnerTrack[]; acceptedVersionIds: string[]; negotiatingVersionIds: string[] }[]>`
    SELECT
      p."tracks"::text[] AS "tracks",
      ARRAY(SELECT a."versionId" FROM "AgreementAcceptance" a WHERE a."partnerId" = p."id") AS "acceptedVersionIds",
      ARRAY(
        SELECT r."versionId" FROM "LegalRequest" r
        WHERE r."partnerId" = p."id" AND r."status"::text = ANY(${[...OPEN_LEGAL_REQUEST_STATUSES]}::text[])
      ) AS "negotiatingVersionIds"
    FROM "Partner" p
    WHERE p."id" = ${partnerId}`;
  if (!partner) return [];
  const accepted = new Set(partner.acceptedVersionIds);
  const negotiating = new Set(partner.negotiatingVersionIds);
  const current = await listCurrentAgreements(prisma, requiredAgreementKinds(partner.tracks), { withBody: false });
  return current
    .filter((agreement) => agreementStanding(agreement.versionId, accepted, negotiating) === "PENDING")
    .map(({ kind, templateName, versionId, version }) => ({ kind, templateName, versionId, version }));
}
