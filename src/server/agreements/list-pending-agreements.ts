import "server-only";
import type { AgreementKind, PartnerTrack } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { OPEN_LEGAL_REQUEST_STATUSES, requiredAgreementKinds } from "@/server/agreements/rules";

export interface PendingAgreement {
  kind: AgreementKind;
  templateName: string;
  versionId: string;
  version: number;
}

/**
 * The current agreement versions the signed-in user's company needs and has neither accepted nor taken to a legal
 * request, in the order of `requiredAgreementKinds`. The partner area's banner reads it on every page, so it is one
 * statement: the company's tracks come back beside the candidate versions and the one rule picks the kinds here.
 */
export async function listPendingAgreements(user: SessionUser): Promise<PendingAgreement[]> {
  const partnerId = ownPartnerId(user);
  const rows = await prisma.$queryRaw<{ tracks: PartnerTrack[]; kind: AgreementKind | null; templateName: string | null; versionId: string | null; version: number | null }[]>`
    WITH current AS (
      SELECT DISTINCT ON (t."kind") t."kind"::text AS "kind", t."name" AS "templateName", v."id" AS "versionId", v."version"
      FROM "AgreementVersion" v
      JOIN "AgreementTemplate" t ON t."id" = v."templateId"
      WHERE v."publishedAt" IS NOT NULL
      ORDER BY t."kind", v."version" DESC
    )
    SELECT p."tracks"::text[] AS "tracks", c."kind", c."templateName", c."versionId", c."version"
    FROM "Partner" p
    LEFT JOIN current c
      ON NOT EXISTS (SELECT 1 FROM "AgreementAcceptance" a WHERE a."versionId" = c."versionId" AND a."partnerId" = p."id")
      AND NOT EXISTS (
        SELECT 1 FROM "LegalRequest" r
        WHERE r."versionId" = c."versionId" AND r."partnerId" = p."id" AND r."status"::text = ANY(${[...OPEN_LEGAL_REQUEST_STATUSES]}::text[])
      )
    WHERE p."id" = ${partnerId}`;
  const [first] = rows;
  if (!first) return [];
  // A company with nothing left to accept still comes back as one row (tracks only) from the LEFT JOIN.
  const candidates = new Map<AgreementKind, PendingAgreement>();
  for (const { kind, templateName, versionId, version } of rows) {
    if (kind && templateName && versionId && version !== null) candidates.set(kind, { kind, templateName, versionId, version });
  }
  return requiredAgreementKinds(first.tracks).flatMap((kind) => {
    const candidate = candidates.get(kind);
    return candidate ? [candidate] : [];
  });
}
