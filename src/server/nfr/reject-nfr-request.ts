import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { lockRequestPartner } from "@/server/nfr/approve-nfr-request";
import { isNfrRequestOpen } from "@/server/nfr/rules";
import type { TRejectNfrRequest } from "@/server/nfr/schemas";

/** A PHD specialist rejects an open NFR request with a reason the requester reads in their notice. */
export async function rejectNfrRequest(user: SessionUser, input: TRejectNfrRequest, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockRequestPartner(tx, user, input.requestId);
    const request = await tx.nfrRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { id: true, status: true, requestedById: true, usersCount: true, partner: { select: { legalName: true } } },
    });
    if (!isNfrRequestOpen(request.status)) throw new AppError("CONFLICT", { message: `This request is already ${request.status.toLowerCase()}.` });
    await tx.nfrRequest.update({
      where: { id: request.id },
      data: { status: "REJECTED", rejectionReason: input.reason, decidedById: user.id, decidedAt: new Date() },
    });
    await notify(tx, {
      userId: request.requestedById,
      type: "nfr.request_decided",
      title: `NFR request for ${request.partner.legalName} rejected`,
      body: `The request for ${request.usersCount} user(s) was rejected: ${input.reason}`,
      link: `/nfr/requests/${request.id}`,
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.rejected",
      entityType: "NfrRequest",
      entityId: request.id,
      summary: `NFR request of ${request.partner.legalName} rejected: ${input.reason}`,
      changes: { status: { from: request.status, to: "REJECTED" }, rejectionReason: input.reason },
      ip: context.ip,
    });
    return { requestId: request.id };
  });
}
