import "server-only";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { ownApplicationPartnerId, type SessionUser } from "@/server/auth/policy";

/** What an applicant sees of the portal until approval: their own application's state. */
export async function getApplicationStatus(user: SessionUser) {
  const partner = await prisma.partner.findUnique({
    where: { id: ownApplicationPartnerId(user) },
    select: {
      legalName: true,
      status: true,
      tracks: true,
      tier: true,
      workPlan: true,
      submittedAt: true,
      decidedAt: true,
      denialReason: true,
      legalRequests: {
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, version: { select: { version: true, template: { select: { name: true } } } } },
      },
      agreementAcceptances: {
        orderBy: { acceptedAt: "asc" },
        select: { id: true, acceptedAt: true, version: { select: { version: true, template: { select: { name: true } } } } },
      },
    },
  });
  if (!partner) throw new AppError("NOT_FOUND");
  return partner;
}
