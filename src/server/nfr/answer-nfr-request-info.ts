import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { lockPartner } from "@/server/partners/lock-partner";
import type { TAnswerNfrRequestInfo } from "@/server/nfr/schemas";

/**
 * The requester's side (any user of the company, or its CAM) answers the PHD's question: the request goes back to
 * the queue (SUBMITTED) and the PHD specialists of the partner's region are notified.
 */
export async function answerNfrRequestInfo(user: SessionUser, input: TAnswerNfrRequestInfo, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.nfrRequest.findFirst({
      where: { id: input.requestId, partner: partnerScope(user, "nfr.request") },
      select: { partnerId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", { field: "requestId" });
    await lockPartner(tx, found.partnerId);
    const request = await tx.nfrRequest.findUniqueOrThrow({
      where: { id: input.requestId },
      select: { id: true, status: true, partner: { select: { legalName: true, phdRegion: true } } },
    });
    if (request.status !== "INFO_REQUESTED") {
      throw new AppError("CONFLICT", { field: "answer", message: "The Partner Help Desk is not waiting for an answer on this request." });
    }
    await tx.nfrRequest.update({
      where: { id: request.id },
      data: { status: "SUBMITTED", infoResponse: input.answer, infoAnsweredAt: new Date() },
    });
    const desk = await tx.user.findMany({ where: { role: "PHD", region: request.partner.phdRegion, active: true }, select: { id: true } });
    for (const phd of desk) {
      await notify(tx, {
        userId: phd.id,
        type: "nfr.info_answered",
        title: `${request.partner.legalName} answered on its NFR request`,
        body: `${user.name}: ${input.answer}`,
        link: `/nfr/requests/${request.id}`,
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "nfr.info_answered",
      entityType: "NfrRequest",
      entityId: request.id,
      summary: `${user.name} answered on the NFR request of ${request.partner.legalName}: ${input.answer}`,
      changes: { status: { from: "INFO_REQUESTED", to: "SUBMITTED" }, infoResponse: input.answer },
      ip: context.ip,
    });
    return { requestId: request.id };
  });
}
