import "server-only";
import type { AgreementKind } from "@/generated/prisma/enums";
import type { prisma, Tx } from "@/server/db";

export interface CurrentAgreement {
  kind: AgreementKind;
  templateName: string;
  versionId: string;
  version: number;
  /** Markdown; render it with the safe markdown view. */
  body: string;
  publishedAt: Date;
}

/**
 * The latest published version of each agreement kind, in the order the kinds were given. A kind without a published
 * version is left out. Drafts (no publishedAt) are never returned. One statement: DISTINCT ON keeps the highest
 * published version per template, so old bodies are not loaded.
 */
export async function listCurrentAgreements(db: Tx | typeof prisma, kinds: readonly AgreementKind[]): Promise<CurrentAgreement[]> {
  if (kinds.length === 0) return [];
  const rows = await db.$queryRaw<CurrentAgreement[]>`
    SELECT DISTINCT ON (t."kind")
      t."kind"::text AS "kind", t."name" AS "templateName", v."id" AS "versionId", v."version", v."body", v."publishedAt"
    FROM "AgreementVersion" v
    JOIN "AgreementTemplate" t ON t."id" = v."templateId"
    WHERE v."publishedAt" IS NOT NULL AND t."kind"::text = ANY(${[...kinds]}::text[])
    ORDER BY t."kind", v."version" DESC`;
  const byKind = new Map(rows.map((row) => [row.kind, row]));
  return kinds.flatMap((kind) => {
    const row = byKind.get(kind);
    return row ? [row] : [];
  });
}
