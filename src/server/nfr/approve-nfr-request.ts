import "server-only";
import { prisma, type Tx } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { appUrl } from "@/server/app-url";
import { AppError } from "@/server/errors";
import { lockPartner } from "@/server/partners/lock-partner";
import { readProgramSetting } from "@/server/settings/program-settings";
import { loadNfrEvidence } from "@/server/nfr/load-nfr-evidence";
import { newLicenseKey } from "@/server/nfr/license-key";
import { approvalBlocker, calendarToday, isNfrRequestOpen, nfrEligibility, nfrLicenseExpiry, nfrLicenseNotes } from "@/server/nfr/rules";
import { formatDate } from "@/lib/format";
import { NFR_PLAN_LABELS } from "@/lib/nfr";
import type { TApproveNfrRequest } from "@/server/nfr/schemas";

/**
 * A PHD specialist approves an NFR request of their region. The partner's row is locked first, so approvals for the
 * same partner (a double click, two PHDs, twenty at once) run one after another and each counts the licenses the one
 * before created: the cap holds. Refused while the partner is not Authorized or the license would take it past its
 * cap; allowed without a certified employee, and then the contact and the CAM are encouraged to certify someone.
 * One transaction: the license, the email with its key, the requester's notice, the audit event.
 */
export async function approveNfrRequest(user: SessionUser, input: TApproveNfrRequest, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const partnerId = await lockRequestPartner(tx, user, input.requestId);
    const request = await tx.nfrRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: {
        id: true,
        status: true,
        contactName: true,
        contactEmail: true,
        usersCount: true,
        plan: true,
        isRenewal: true,
        renewsLicenseId: true,
        requestedById: true,
        partner: { select: { camOwner: { select: { name: true, email: true, active: true } } } },
      },
    });
    if (!isNfrRequestOpen(request.status)) {
      throw new AppError("CONFLICT", { message: `This request is already ${request.status.toLowerCase()}.` });
    }
    const now = new Date();
    const today = calendarToday(now);
    const [partner, capMode] = await Promise.all([loadNfrEvidence(tx, partnerId, now, today), readProgramSetting(tx, "nfrCapMode")]);
    const eligibility = nfrEligibility({
      partnerStatus: partner.status,
      tier: partner.tier,
      capMode,
      held: partner.nfrLicenses,
      certifiedEmployees: partner._count.earnedCertifications,
      request,
    });
    const blocker = approvalBlocker(eligibility, partner.tier);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });

    const othersHeld = partner.nfrLicenses.filter((license) => license.id !== request.renewsLicenseId);
    const expiresOn = nfrLicenseExpiry(today, request.isRenewal, othersHeld);
    if (request.renewsLicenseId) {
      // The renewed license ends now; an expired or revoked one stays as it is.
      await tx.nfrLicense.updateMany({ where: { id: request.renewsLicenseId, partnerId, status: "ACTIVE" }, data: { status: "RENEWED" } });
    }
    const license = await tx.nfrLicense.create({
      data: {
        partnerId,
        requestId: request.id,
        name: request.contactName,
        companyName: partner.legalName,
        email: request.contactEmail,
        usersCount: request.usersCount,
        plan: request.plan,
        // The handbook's licenses are trial licenses: they are for the partner's own use, not for resale.
        trial: true,
        startsOn: today,
        expiresOn,
        notes: nfrLicenseNotes(request.usersCount, request.plan, partner.legalName),
        licenseKey: newLicenseKey(),
      },
      select: { id: true, referenceNumber: true, licenseKey: true, notes: true },
    });
    await tx.nfrRequest.update({ where: { id: request.id }, data: { status: "APPROVED", decidedById: user.id, decidedAt: now } });

    const plan = NFR_PLAN_LABELS[request.plan];
    await enqueueEmail(tx, {
      to: request.contactEmail,
      template: "nfrLicenseKey",
      data: {
        name: request.contactName,
        companyName: partner.legalName,
        licenseKey: license.licenseKey,
        referenceNumber: license.referenceNumber,
        plan,
        usersCount: request.usersCount,
        startsOn: formatDate(today),
        expiresOn: formatDate(expiresOn),
        notes: license.notes,
        url: appUrl("/partner/nfr"),
      },
    });
    await notify(tx, {
      userId: request.requestedById,
      type: "nfr.request_decided",
      title: `NFR license sent to ${request.contactName}`,
      body: `The ${request.usersCount}-user ${plan} license for ${partner.legalName} was emailed to ${request.contactEmail} (reference ${license.referenceNumber}); it expires on ${formatDate(expiresOn)}.`,
      link: `/nfr/requests/${request.id}`,
    });
    const cam = request.partner.camOwner;
    if (!eligibility.certified) {
      const recipients = [{ name: request.contactName, email: request.contactEmail }, ...(cam?.active ? [cam] : [])];
      for (const recipient of recipients) {
        await enqueueEmail(tx, {
          to: recipient.email,
          template: "nfrCertificationEncouragement",
          data: { name: recipient.name, companyName: partner.legalName, url: appUrl("/partner/certifications") },
        });
      }
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.approved",
      entityType: "NfrRequest",
      entityId: request.id,
      summary: `NFR request of ${partner.legalName} approved: license ${license.referenceNumber}, ${request.usersCount} ${plan} users, expires ${formatDate(expiresOn)}${
        eligibility.certified ? "" : "; no certified employee, so the contact and the CAM were encouraged to certify"
      }`,
      changes: {
        status: { from: request.status, to: "APPROVED" },
        licenseId: license.id,
        referenceNumber: license.referenceNumber,
        expiresOn: expiresOn.toISOString().slice(0, 10),
        renewedLicenseId: request.renewsLicenseId,
        encouraged: !eligibility.certified,
      },
      ip: context.ip,
    });
    return { licenseId: license.id, referenceNumber: license.referenceNumber, contactEmail: request.contactEmail, encouraged: !eligibility.certified };
  });
}

/**
 * Finds the request within the PHD's region and locks its partner. Out of scope and absent are NOT_FOUND before any
 * lock is taken, so nobody holds up another region's work by naming its id.
 */
export async function lockRequestPartner(tx: Tx, user: SessionUser, requestId: string): Promise<string> {
  const found = await tx.nfrRequest.findFirst({
    where: { id: requestId, partner: partnerScope(user, "nfr.process") },
    select: { partnerId: true },
  });
  if (!found) throw new AppError("NOT_FOUND", { field: "requestId" });
  await lockPartner(tx, found.partnerId);
  return found.partnerId;
}
