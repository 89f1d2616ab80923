import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { sowMoveBlocker, sowTransitionTimestamp } from "@/server/subcontracting/rules";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";
import { loadSubcontractAgreements } from "@/server/subcontracting/subcontract-agreements";
import { statusInSentence } from "@/lib/subcontracting-labels";
import type { TMovePrimeSow } from "@/server/subcontracting/schemas";

/**
 * The coordinator moves a SOW one step along its lifecycle (rules.ts). Sending it to the partner is refused until the
 * partner's MSA and DPA are executed; recording the PO as approved needs the PO number. Each move is a row of the
 * SOW's timeline (who, when, a note) and stamps the date the SOW page shows for it.
 */
export async function movePrimeSow(user: SessionUser, input: TMovePrimeSow, context: { ip: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    await lockPrimeSow(tx, user, "sows.manage", input.sowId);
    const sow = await tx.primeSow.findUniqueOrThrow({
      where: { id: input.sowId },
      select: { number: true, status: true, partnerId: true, sentAt: true, executedAt: true, poApprovedAt: true },
    });
    const agreements = await loadSubcontractAgreements(tx, sow.partnerId);
    const blocker = sowMoveBlocker(sow.status, input.to, {
      msaExecuted: agreements.MSA.executed !== null,
      dpaExecuted: agreements.DPA.executed !== null,
      // The PO being approved is the one typed now; a number kept from before does not stand for it.
      poNumber: input.poNumber || null,
    });
    if (blocker) throw new AppError("CONFLICT", { field: input.to === "PO_APPROVED" ? "poNumber" : undefined, message: blocker });
    // A SOW sent again after redlines keeps the date it was first sent.
    const stamp = sowTransitionTimestamp(input.to);
    const stamps = stamp && sow[stamp] === null ? { [stamp]: now } : {};
    await tx.primeSow.update({
      where: { id: input.sowId },
      data: { status: input.to, ...stamps, ...(input.to === "PO_APPROVED" ? { poNumber: input.poNumber } : {}) },
    });
    await tx.primeSowTransition.create({
      data: { sowId: input.sowId, fromStatus: sow.status, toStatus: input.to, actorId: user.id, note: input.note || null, at: now },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "sow.status_changed",
      entityType: "PrimeSow",
      entityId: input.sowId,
      summary: `Prime SOW ${sow.number} moved from ${statusInSentence(sow.status)} to ${statusInSentence(input.to)}${input.to === "PO_APPROVED" ? ` (PO ${input.poNumber})` : ""}`,
      changes: { status: { from: sow.status, to: input.to }, ...(input.to === "PO_APPROVED" ? { poNumber: input.poNumber } : {}), note: input.note || null },
      ip: context.ip,
    });
    return { number: sow.number, status: input.to };
  });
}
