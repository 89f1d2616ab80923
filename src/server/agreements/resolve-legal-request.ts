import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { appUrl } from "@/server/app-url";
import { AppError } from "@/server/errors";
import { lockPartner } from "@/server/partners/lock-partner";
import { canMoveLegalRequest } from "@/server/agreements/rules";
import type { TResolveLegalRequest } from "@/server/agreements/schemas";

/**
 * An admin records how a legal request ended. Resolved as agreed: what was agreed (the negotiated version, an
 * exception) is kept on the request, and the company's agreement to that version is recorded as a signed document,
 * so the version stops waiting for a click-through and the applicant's review sees it settled. Declined: the reason
 * is kept, and the version waits for the company's acceptance again. Either way the requester is emailed and the
 * region's PHD specialists are notified, with a link to the company's review.
 */
export async function resolveLegalRequest(user: SessionUser, input: TResolveLegalRequest, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.legalRequest.findUnique({ where: { id: input.requestId }, select: { partnerId: true } });
    if (!found) throw new AppError("NOT_FOUND", { field: "requestId" });
    // The company's lock serializes this with an approval deciding on the same agreements, and with an acceptance.
    await lockPartner(tx, found.partnerId);
    const request = await tx.legalRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: {
        id: true,
        status: true,
        versionId: true,
        requestedBy: { select: { id: true, name: true, email: true, active: true } },
        partner: { select: { id: true, legalName: true, region: true, phdRegion: true } },
        version: { select: { version: true, template: { select: { name: true, kind: true } } } },
      },
    });
    const status = input.outcome === "AGREED" ? "RESOLVED" : "DECLINED";
    if (!canMoveLegalRequest(request.status, status)) {
      throw new AppError("CONFLICT", { field: "outcome", message: `This request is already ${request.status.toLowerCase().replace("_", " ")}.` });
    }
    const { partner, version } = request;
    const agreementName = `${version.template.name} version ${version.version}`;
    const agreedTerms = [input.negotiatedVersion, input.exception].filter(Boolean).join(" · ") || null;
    const now = new Date();
    // Conditional on the status as read: the update form does not take the company's lock.
    const updated = await tx.legalRequest.updateMany({
      where: { id: request.id, status: request.status },
      data:
        status === "RESOLVED"
          ? { status, resolvedAt: now, negotiatedVersion: input.negotiatedVersion, exception: input.exception }
          : { status, resolvedAt: now, declineReason: input.declineReason },
    });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", { field: "outcome", message: "Someone changed this request a moment ago. Reload the page and try again." });
    }
    if (status === "RESOLVED") {
      // A request is only opened on a version the company has not accepted, and accepting waits while it is open.
      await tx.agreementAcceptance.create({
        data: {
          versionId: request.versionId,
          partnerId: partner.id,
          userId: request.requestedBy?.id ?? null,
          method: "SIGNED_DOCUMENT",
          region: partner.region,
        },
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: status === "RESOLVED" ? "legal_request.resolved" : "legal_request.declined",
      entityType: "LegalRequest",
      entityId: request.id,
      summary:
        status === "RESOLVED"
          ? `Legal request of ${partner.legalName} on the ${agreementName} resolved as agreed: ${agreedTerms}`
          : `Legal request of ${partner.legalName} on the ${agreementName} declined: ${input.declineReason}`,
      changes: {
        status: { from: request.status, to: status },
        ...(status === "RESOLVED" ? { negotiatedVersion: input.negotiatedVersion, exception: input.exception } : { declineReason: input.declineReason }),
      },
      ip: context.ip,
    });

    const recipient = request.requestedBy?.active
      ? request.requestedBy
      : await tx.user.findFirst({
          where: { partnerId: partner.id, active: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { name: true, email: true },
        });
    if (recipient) {
      await enqueueEmail(tx, {
        to: recipient.email,
        template: "legalRequestOutcome",
        data: {
          name: recipient.name,
          companyName: partner.legalName,
          agreementName,
          outcome: input.outcome,
          agreedTerms,
          declineReason: input.declineReason,
          url: appUrl("/login"),
        },
      });
    }
    const desk = await tx.user.findMany({ where: { role: "PHD", region: partner.phdRegion, active: true }, select: { id: true } });
    for (const phd of desk) {
      await notify(tx, {
        userId: phd.id,
        type: "agreement.legal_request_resolved",
        title: status === "RESOLVED" ? `Legal request of ${partner.legalName} resolved as agreed` : `Legal request of ${partner.legalName} declined`,
        body:
          status === "RESOLVED"
            ? `The ${agreementName} is agreed for ${partner.legalName}: ${agreedTerms}`
            : `The request of ${partner.legalName} on the ${agreementName} is declined: ${input.declineReason}`,
        link: `/phd/applicants/${partner.id}`,
      });
    }
    return { requestId: request.id, status };
  });
}
