import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";

/**
 * One agreement with all its versions, newest first: when each was published and by whom, and how many companies
 * accepted it. Null when there is no such template. Cached for the request, so the page's title and the page share one read.
 */
export const getAgreementTemplate = cache(async (user: SessionUser, templateId: string) => {
  const template = await prisma.agreementTemplate.findUnique({
    where: { id: templateId },
    select: {
      id: true,
      name: true,
      kind: true,
      versions: {
        select: { id: true, version: true, publishedAt: true, publishedById: true, createdAt: true, _count: { select: { acceptances: true } } },
        orderBy: { version: "desc" },
      },
    },
  });
  if (!template) return null;
  // publishedById is a plain column (no relation), so the publishers' names are read in one more query.
  const publisherIds = [...new Set(template.versions.flatMap((version) => (version.publishedById ? [version.publishedById] : [])))];
  const publishers = publisherIds.length ? await prisma.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } }) : [];
  const publisherName = new Map(publishers.map((publisher) => [publisher.id, publisher.name]));
  const versions = template.versions.map(({ _count, publishedById, ...version }) => ({
    ...version,
    publishedBy: publishedById ? (publisherName.get(publishedById) ?? null) : null,
    acceptances: _count.acceptances,
  }));
  return {
    ...template,
    versions,
    current: versions.find((version) => version.publishedAt) ?? null,
    draft: versions.find((version) => !version.publishedAt) ?? null,
  };
});

export type AgreementTemplateDetail = NonNullable<Awaited<ReturnType<typeof getAgreementTemplate>>>;
