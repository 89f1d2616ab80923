import "server-only";
import { prisma, type Tx } from "@/server/db";
import { partnerScope, scopeOf, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { NFR_PLAN_LABELS } from "@/lib/nfr";
import type { TFileNfrRequest } from "@/server/nfr/schemas";

/**
 * A partner user (for their company) or a CAM (for an account they own) files an NFR request. The company comes from
 * the session for a partner user, and from the form only within the CAM's accounts. The PHD specialists of the
 * partner's desk region are notified, each by their preference (at once, or in the daily digest).
 */
export async function fileNfrRequest(user: SessionUser, input: TFileNfrRequest, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const partnerId = scopeOf(user.role, "nfr.request") === "own" ? user.partnerId : input.partnerId;
    if (!partnerId) throw new AppError("VALIDATION", { field: "partnerId", message: "Choose the partner the licenses are for." });
    const partner = await tx.partner.findFirst({
      where: { AND: [partnerScope(user, "nfr.request"), { id: partnerId }] },
      select: { id: true, legalName: true, phdRegion: true },
    });
    if (!partner) throw new AppError("NOT_FOUND", { field: "partnerId", message: "Choose one of your partners." });
    if (input.renewsLicenseId) await checkRenewable(tx, partner.id, input.renewsLicenseId);

    const request = await tx.nfrRequest.create({
      data: {
        partnerId: partner.id,
        requestedById: user.id,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        usersCount: input.usersCount,
        plan: input.plan,
        isRenewal: input.isRenewal,
        renewsLicenseId: input.renewsLicenseId,
        justification: input.justification,
      },
      select: { id: true },
    });
    const what = `${input.usersCount} ${NFR_PLAN_LABELS[input.plan]} ${input.isRenewal ? "renewal" : "license"}`;
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.request_filed",
      entityType: "NfrRequest",
      entityId: request.id,
      summary: `NFR request filed for ${partner.legalName}: ${what} for ${input.contactName} <${input.contactEmail}>`,
      changes: {
        partnerId: partner.id,
        usersCount: input.usersCount,
        plan: input.plan,
        isRenewal: input.isRenewal,
        renewsLicenseId: input.renewsLicenseId,
      },
      ip: context.ip,
    });
    const desk = await tx.user.findMany({ where: { role: "PHD", region: partner.phdRegion, active: true }, select: { id: true } });
    for (const phd of desk) {
      await notify(tx, {
        userId: phd.id,
        type: "nfr.request_submitted",
        title: `NFR request from ${partner.legalName}`,
        body: `${user.name} asks for ${what} for ${input.contactName}. Check its eligibility and decide it.`,
        link: `/nfr/requests/${request.id}`,
      });
    }
    return { requestId: request.id, partnerName: partner.legalName };
  });
}

/** A renewal names one of the partner's own licenses that is still running or has run out, not a revoked one. */
async function checkRenewable(tx: Tx, partnerId: string, licenseId: string) {
  const license = await tx.nfrLicense.findFirst({
    where: { id: licenseId, partnerId, status: { in: ["ACTIVE", "EXPIRED"] } },
    select: { id: true },
  });
  if (!license) throw new AppError("VALIDATION", { field: "renewsLicenseId", message: "Choose one of the partner's active or expired licenses." });
}
