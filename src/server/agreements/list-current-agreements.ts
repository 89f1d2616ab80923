import "server-only";
import { Prisma } from "@/generated/prisma/client";
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

/** A current agreement without its text, for callers that only name it. */
export type CurrentAgreementHeading = Omit<CurrentAgreement, "body">;

/**
 * The latest published version of each agreement kind, in the order the kinds were given. A kind without a published
 * version is left out. Drafts (no publishedAt) are never returned. One statement: DISTINCT ON keeps the highest
 * published version per template, so old bodies are not loaded. With `withBody: false` no body is loaded at all (the
 * partner area's banner reads this on every page and shows only the names).
 */
export async function listCurrentAgreements(db: Tx | typeof prisma, kinds: readonly AgreementKind[]): Promise<CurrentAgreement[]>;
export async function listCurrentAgreements(
  db: Tx | typeof prisma,
  kinds: readonly AgreementKind[],
  options: { withBody: false },
): Promise<CurrentAgreementHeading[]>;
export async function listCurrentAgreements(
  db: Tx | typeof prisma,
  kinds: readonly AgreementKind[],
  { withBody = true }: { withBody?: boolean } = {},
): Promise<CurrentAgreementHeading[]> {
  if (kinds.length === 0) return [];
  const body = withBody ? Prisma.sql`, v."body"` : Prisma.empty;
  const rows = await db.$queryRaw<CurrentAgreementHeading[]>`
    SELECT DISTINCT ON (t."kind")
      t."kind"::text AS "kind", t."name" AS "templateName", v."id" AS "versionId", v."version", v."publishedAt"${body}
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
