import "server-only";
import { prisma } from "@/server/db";
import type { AgreementKind } from "@/generated/prisma/enums";

export interface AgreementTemplateRow {
  id: string;
  name: string;
  kind: AgreementKind;
  currentVersion: number | null;
  currentPublishedAt: Date | null;
  draftVersion: number | null;
}

/** Every agreement in the catalog with its current published version and its draft, if one is being written. */
export async function listAgreementTemplates(): Promise<AgreementTemplateRow[]> {
  const templates = await prisma.agreementTemplate.findMany({
    select: { id: true, name: true, kind: true, versions: { select: { version: true, publishedAt: true }, orderBy: { version: "desc" } } },
    orderBy: { kind: "asc" },
  });
  return templates.map(({ versions, ...template }) => {
    const current = versions.find((version) => version.publishedAt);
    const draft = versions.find((version) => !version.publishedAt);
    return { ...template, currentVersion: current?.version ?? null, currentPublishedAt: current?.publishedAt ?? null, draftVersion: draft?.version ?? null };
  });
}
