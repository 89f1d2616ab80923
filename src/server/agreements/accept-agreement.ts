import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { OPEN_LEGAL_REQUEST_STATUSES } from "@/server/agreements/rules";
import { currentRequiredVersion } from "@/server/agreements/current-required-version";
import { lockPartner } from "@/server/partners/lock-partner";
import type { TAcceptAgreement } from "@/server/agreements/schemas";

const MAX_USER_AGENT_LENGTH = 500;

export interface AcceptanceContext {
  ip: string;
  /** The browser's User-Agent header, kept with the acceptance as evidence of the click-through. */
  userAgent: string | null;
}

/**
 * A partner admin accepts the current version of an agreement for the company by click-through. The acceptance
 * records who, which version, when, from which address and browser, and the company's region.
 */
export async function acceptAgreement(user: SessionUser, input: TAcceptAgreement, context: AcceptanceContext) {
  const partnerId = ownPartnerId(user);
  try {
    return await prisma.$transaction(async (tx) => {
      // Two partner admins responding at once wait for each other, so the checks below see each other's rows.
      await lockPartner(tx, partnerId);
      const { partner, version } = await currentRequiredVersion(tx, partnerId, input.versionId);
      const label = `the ${version.template.name} version ${version.version}`;
      const existing = await tx.agreementAcceptance.findUnique({
        where: { versionId_partnerId: { versionId: version.id, partnerId } },
        select: { acceptedAt: true, user: { select: { name: true } } },
      });
      if (existing) throw alreadyAccepted(label);
      const openRequest = await tx.legalRequest.findFirst({
        where: { partnerId, versionId: version.id, status: { in: [...OPEN_LEGAL_REQUEST_STATUSES] } },
        select: { id: true },
      });
      if (openRequest) {
        throw new AppError("CONFLICT", {
          field: "versionId",
          message: `Your company's legal request on ${label} is still open. The channel team closes it when the negotiation ends; then you can accept.`,
        });
      }
      const acceptance = await tx.agreementAcceptance.create({
        data: {
          versionId: version.id,
          partnerId,
          userId: user.id,
          method: "CLICK_THROUGH",
          region: partner.region,
          ip: context.ip,
          userAgent: context.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) || null,
        },
        select: { id: true, acceptedAt: true },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "agreement.accepted",
        entityType: "AgreementAcceptance",
        entityId: acceptance.id,
        summary: `${user.name} accepted ${label} for ${partner.legalName}`,
        changes: { partnerId, versionId: version.id, kind: version.template.kind, version: version.version, method: "CLICK_THROUGH" },
        ip: context.ip,
      });
      return { acceptanceId: acceptance.id, templateName: version.template.name, version: version.version };
    });
  } catch (error) {
    // The unique (version, partner) pair is the last guard should two acceptances ever get past the lock.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyAccepted("this version");
    throw error;
  }
}

function alreadyAccepted(label: string): AppError {
  return new AppError("CONFLICT", { field: "versionId", message: `Your company has already accepted ${label}.` });
}
