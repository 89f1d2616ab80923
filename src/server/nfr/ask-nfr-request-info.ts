import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { lockRequestPartner } from "@/server/nfr/approve-nfr-request";
import { isNfrRequestOpen } from "@/server/nfr/rules";
import type { TAskNfrRequestInfo } from "@/server/nfr/schemas";

/**
 * A PHD specialist asks the requester for more information: the request waits (INFO_REQUESTED) until they answer in
 * the portal. Asking again replaces the question; the earlier round stays in the request's history.
 */
export async function askNfrRequestInfo(user: SessionUser, input: TAskNfrRequestInfo, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockRequestPartner(tx, user, input.requestId);
    const request = await tx.nfrRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { id: true, status: true, requestedById: true, partner: { select: { legalName: true } } },
    });
    if (!isNfrRequestOpen(request.status)) throw new AppError("CONFLICT", { message: `This request is already ${request.status.toLowerCase()}.` });
    await tx.nfrRequest.update({
      where: { id: request.id },
      data: { status: "INFO_REQUESTED", infoRequest: input.question, infoRequestedAt: new Date(), infoResponse: null, infoAnsweredAt: null },
    });
    await notify(tx, {
      userId: request.requestedById,
      type: "nfr.info_requested",
      title: `The Partner Help Desk asks about the NFR request for ${request.partner.legalName}`,
      body: `${input.question} Answer on the request's page; it waits until you do.`,
      link: `/nfr/requests/${request.id}`,
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.info_requested",
      entityType: "NfrRequest",
      entityId: request.id,
      summary: `More information asked on the NFR request of ${request.partner.legalName}: ${input.question}`,
      changes: { status: { from: request.status, to: "INFO_REQUESTED" }, infoRequest: input.question },
      ip: context.ip,
    });
    return { requestId: request.id };
  });
}
