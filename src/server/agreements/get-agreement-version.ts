import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";

/**
 * One version of one agreement with its text, for an admin's preview; null when the template has no such version.
 * Cached for the request, so the page's title and the page share one read.
 */
export const getAgreementVersion = cache(async (user: SessionUser, templateId: string, versionId: string) => {
  const version = await prisma.agreementVersion.findFirst({
    where: { id: versionId, templateId },
    select: {
      id: true,
      version: true,
      body: true,
      publishedAt: true,
      publishedById: true,
      createdAt: true,
      template: { select: { id: true, name: true, kind: true } },
      _count: { select: { acceptances: true } },
    },
  });
  if (!version) return null;
  const publisher = version.publishedById ? await prisma.user.findUnique({ where: { id: version.publishedById }, select: { name: true } }) : null;
  return {
    id: version.id,
    version: version.version,
    body: version.body,
    publishedAt: version.publishedAt,
    createdAt: version.createdAt,
    template: version.template,
    acceptances: version._count.acceptances,
    publishedBy: publisher?.name ?? null,
  };
});
