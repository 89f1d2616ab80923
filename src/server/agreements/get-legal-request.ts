import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One legal request with its company, the agreement version it is about and who opened it; null when there is none
 * in the user's scope.
 */
export async function getLegalRequest(user: SessionUser, requestId: string) {
  return prisma.legalRequest.findFirst({
    where: { id: requestId, partner: partnerScope(user, "legalRequests.manage") },
    select: {
      id: true,
      status: true,
      reason: true,
      notes: true,
      createdAt: true,
      updatedAt: true,
      partner: { select: { id: true, legalName: true, region: true } },
      requestedBy: { select: { name: true, email: true } },
      version: { select: { id: true, version: true, publishedAt: true, template: { select: { id: true, name: true } } } },
    },
  });
}
