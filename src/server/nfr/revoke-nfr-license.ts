import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import type { TRevokeNfrLicense } from "@/server/nfr/schemas";

/**
 * A PHD specialist revokes an active license of their region with a reason: it stops counting toward the cap at once.
 * The partner's admins and its CAM are notified.
 */
export async function revokeNfrLicense(user: SessionUser, input: TRevokeNfrLicense, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const license = await tx.nfrLicense.findFirst({
      where: { id: input.licenseId, partner: partnerScope(user, "nfr.process") },
      select: {
        id: true,
        status: true,
        referenceNumber: true,
        usersCount: true,
        partner: { select: { id: true, legalName: true, camOwnerId: true } },
      },
    });
    if (!license) throw new AppError("NOT_FOUND", { field: "licenseId" });
    const now = new Date();
    // Conditional on the status, so a second PHD revoking at the same moment is told rather than revoking twice.
    const revoked = await tx.nfrLicense.updateMany({
      where: { id: license.id, status: "ACTIVE" },
      data: { status: "REVOKED", revokedAt: now, revokedById: user.id, revocationReason: input.reason },
    });
    if (revoked.count !== 1) throw new AppError("CONFLICT", { field: "reason", message: `This license is already ${license.status.toLowerCase()}.` });
    const recipients = await tx.user.findMany({
      where: {
        active: true,
        OR: [{ partnerId: license.partner.id, role: "PARTNER_ADMIN" }, ...(license.partner.camOwnerId ? [{ id: license.partner.camOwnerId }] : [])],
      },
      select: { id: true, role: true },
    });
    for (const recipient of recipients) {
      await notify(tx, {
        userId: recipient.id,
        type: "nfr.license_revoked",
        title: `NFR license ${license.referenceNumber} of ${license.partner.legalName} revoked`,
        body: `The ${license.usersCount}-user license was revoked by the Partner Help Desk: ${input.reason}`,
        link: `/nfr/licenses/${license.id}`,
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.license_revoked",
      entityType: "NfrLicense",
      entityId: license.id,
      summary: `NFR license ${license.referenceNumber} of ${license.partner.legalName} revoked: ${input.reason}`,
      changes: { status: { from: "ACTIVE", to: "REVOKED" }, revocationReason: input.reason },
      ip: context.ip,
    });
    return { licenseId: license.id, referenceNumber: license.referenceNumber };
  });
}
