import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { OPEN_LEGAL_REQUEST_STATUSES } from "@/server/agreements/rules";
import { currentRequiredVersion } from "@/server/agreements/current-required-version";
import { lockPartner } from "@/server/partners/lock-partner";
import type { TOpenLegalRequest } from "@/server/agreements/schemas";

const NOTIFICATION_EXCERPT_LENGTH = 280;

/**
 * A partner admin who cannot accept an agreement as written asks to negotiate it instead. The request holds that
 * version out of the company's pending list while it is open, and every channel operations admin is notified.
 */
export async function openLegalRequest(user: SessionUser, input: TOpenLegalRequest, context: { ip: string }) {
  const partnerId = ownPartnerId(user);
  return prisma.$transaction(async (tx) => {
    // Two partner admins responding at once wait for each other, so the checks below see each other's rows.
    await lockPartner(tx, partnerId);
    const { partner, version } = await currentRequiredVersion(tx, partnerId, input.versionId);
    const label = `the ${version.template.name} version ${version.version}`;
    const accepted = await tx.agreementAcceptance.findUnique({ where: { versionId_partnerId: { versionId: version.id, partnerId } }, select: { id: true } });
    if (accepted) throw new AppError("CONFLICT", { field: "reason", message: `Your company has already accepted ${label}.` });
    const open = await tx.legalRequest.findFirst({
      where: { partnerId, versionId: version.id, status: { in: [...OPEN_LEGAL_REQUEST_STATUSES] } },
      select: { id: true },
    });
    if (open) throw new AppError("CONFLICT", { field: "reason", message: `Your company already has an open legal request on ${label}.` });

    const request = await tx.legalRequest.create({
      data: { partnerId, versionId: version.id, requestedById: user.id, reason: input.reason },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "legal_request.opened",
      entityType: "LegalRequest",
      entityId: request.id,
      summary: `${user.name} opened a legal request on ${label} for ${partner.legalName}`,
      changes: { partnerId, versionId: version.id, kind: version.template.kind, version: version.version },
      ip: context.ip,
    });
    const admins = await tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    const excerpt = input.reason.length > NOTIFICATION_EXCERPT_LENGTH ? `${input.reason.slice(0, NOTIFICATION_EXCERPT_LENGTH)}…` : input.reason;
    for (const admin of admins) {
      await notify(tx, {
        userId: admin.id,
        type: "agreement.legal_request_opened",
        title: `Legal request from ${partner.legalName}`,
        body: `${partner.legalName} asks to negotiate ${label}: ${excerpt}`,
        link: `/admin/legal-requests/${request.id}`,
      });
    }
    return { requestId: request.id, templateName: version.template.name, version: version.version };
  });
}
