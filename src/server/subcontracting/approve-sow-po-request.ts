import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockOpenPoRequest } from "@/server/subcontracting/lock-open-po-request";
import { formatMoney } from "@/lib/format";
import type { TApproveSowPoRequest } from "@/server/subcontracting/schemas";

/**
 * The coordinator records the replenishment PO a funds-low alert drafted as approved: its amount is added to the
 * SOW's funds, the alert is cleared (so the next crossing of the line alerts again), and an exhausted SOW is active
 * again, with a row on its timeline.
 */
export async function approveSowPoRequest(user: SessionUser, input: TApproveSowPoRequest, context: { ip: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const request = await lockOpenPoRequest(tx, user, input.requestId);
    const { sow } = request;
    const refills = sow.status === "EXHAUSTED";
    await tx.sowPoRequest.update({
      where: { id: request.id },
      data: { status: "APPROVED", poNumber: input.poNumber, decidedById: user.id, decidedAt: now },
    });
    await tx.primeSow.update({
      where: { id: sow.id },
      data: { amountCents: { increment: request.amountCents }, replenishAlertedAt: null, ...(refills ? { status: "ACTIVE" } : {}) },
    });
    if (refills) {
      await tx.primeSowTransition.create({
        data: { sowId: sow.id, fromStatus: "EXHAUSTED", toStatus: "ACTIVE", actorId: user.id, note: `Replenishment PO ${input.poNumber} approved`, at: now },
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "sow.po_request_approved",
      entityType: "PrimeSow",
      entityId: sow.id,
      summary: `Replenishment PO ${input.poNumber} approved for Prime SOW ${sow.number}: ${formatMoney(request.amountCents)} added${refills ? "; the SOW is active again" : ""}`,
      changes: {
        requestId: request.id,
        poNumber: input.poNumber,
        amountCents: { from: sow.amountCents, to: sow.amountCents + request.amountCents },
        ...(refills ? { status: { from: "EXHAUSTED", to: "ACTIVE" } } : {}),
      },
      ip: context.ip,
    });
    return { number: sow.number, addedCents: request.amountCents };
  });
}
