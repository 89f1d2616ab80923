import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { workAuthorizationMove } from "@/server/subcontracting/rules";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";
import { formatMoney } from "@/lib/format";
import { statusInSentence } from "@/lib/subcontracting-labels";
import type { TChangeWorkAuthorizationStatus } from "@/server/subcontracting/schemas";
import { paceDay, refreshWorkAuthorizationPace } from "@/server/subcontracting/refresh-work-authorization-pace";

/**
 * The coordinator activates a drafted authorization, completes a running one, or cancels either. Cancelling gives its
 * amount back to the SOW (the kept authorizedCents shrinks in the same transaction, under the SOW's lock, so a
 * concurrent authorization sees the funds it frees or does not, never half of it).
 */
export async function changeWorkAuthorizationStatus(user: SessionUser, input: TChangeWorkAuthorizationStatus, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.workAuthorization.findFirst({
      where: { id: input.workAuthorizationId, sow: { partner: partnerScope(user, "sows.manage") } },
      select: { sowId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", { field: "workAuthorizationId" });
    await lockPrimeSow(tx, user, "sows.manage", found.sowId, "workAuthorizationId");
    const authorization = await tx.workAuthorization.findUniqueOrThrow({
      where: { id: input.workAuthorizationId },
      select: { id: true, projectName: true, status: true, amountCents: true, sow: { select: { id: true, number: true } } },
    });
    const outcome = workAuthorizationMove(authorization.status, input.move);
    if ("blocker" in outcome) throw new AppError("CONFLICT", { message: outcome.blocker });
    const givesBack = outcome.to === "CANCELLED";
    await tx.workAuthorization.update({ where: { id: authorization.id }, data: { status: outcome.to } });
    // Only an active project carries a change-order risk: a completed or cancelled one leaves the list now.
    await refreshWorkAuthorizationPace(tx, paceDay(new Date()), [authorization.id]);
    if (givesBack) {
      await tx.primeSow.update({ where: { id: authorization.sow.id }, data: { authorizedCents: { decrement: authorization.amountCents } } });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "work_authorization.status_changed",
      entityType: "WorkAuthorization",
      entityId: authorization.id,
      summary: `Work authorization "${authorization.projectName}" on Prime SOW ${authorization.sow.number} ${statusInSentence(outcome.to)}${
        givesBack ? `: ${formatMoney(authorization.amountCents)} back to the SOW` : ""
      }`,
      changes: { status: { from: authorization.status, to: outcome.to }, ...(givesBack ? { releasedCents: authorization.amountCents } : {}) },
      ip: context.ip,
    });
    return { projectName: authorization.projectName, status: outcome.to };
  });
}
