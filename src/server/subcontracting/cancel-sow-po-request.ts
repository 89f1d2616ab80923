import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockOpenPoRequest } from "@/server/subcontracting/lock-open-po-request";
import { formatMoney } from "@/lib/format";
import type { TCancelSowPoRequest } from "@/server/subcontracting/schemas";

/** The coordinator drops a drafted replenishment PO request; the SOW's funds stay as they are. */
export async function cancelSowPoRequest(user: SessionUser, input: TCancelSowPoRequest, context: { ip: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const request = await lockOpenPoRequest(tx, user, input.requestId);
    await tx.sowPoRequest.update({ where: { id: request.id }, data: { status: "CANCELLED", decidedById: user.id, decidedAt: now } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "sow.po_request_cancelled",
      entityType: "PrimeSow",
      entityId: request.sow.id,
      summary: `Replenishment PO request of ${formatMoney(request.amountCents)} for Prime SOW ${request.sow.number} cancelled`,
      changes: { requestId: request.id, status: { from: "DRAFT", to: "CANCELLED" } },
      ip: context.ip,
    });
    return { number: request.sow.number };
  });
}
