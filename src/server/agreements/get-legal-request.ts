import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One legal request with its company, the agreement version it is about, who opened it and how it ended; null when
 * there is none in the user's scope. Cached for the request, so the page's title and the page share one read.
 */
export const getLegalRequest = cache(async (user: SessionUser, requestId: string) =>
  prisma.legalRequest.findFirst({
    where: { id: requestId, partner: partnerScope(user, "legalRequests.manage") },
    select: {
      id: true,
      status: true,
      reason: true,
      notes: true,
      negotiatedVersion: true,
      exception: true,
      declineReason: true,
      resolvedAt: true,
      createdAt: true,
      updatedAt: true,
      partner: { select: { id: true, legalName: true, region: true, status: true } },
      requestedBy: { select: { name: true, email: true } },
      version: { select: { id: true, version: true, publishedAt: true, template: { select: { id: true, name: true } } } },
    },
  }),
);
