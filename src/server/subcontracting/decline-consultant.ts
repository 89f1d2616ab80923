import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { canDeclineConsultant, consultantStageLabel } from "@/server/subcontracting/rules";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import type { TDeclineConsultant } from "@/server/subcontracting/schemas";

/** The coordinator declines a consultant at any stage before approval, with the reason; an approved one is offboarded instead. */
export async function declineConsultant(user: SessionUser, input: TDeclineConsultant, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, "any");
    if (!canDeclineConsultant(consultant.stage)) {
      throw new AppError("CONFLICT", {
        message: `Only a consultant not yet approved can be declined; ${consultant.name} is at "${consultantStageLabel(consultant.stage)}".`,
      });
    }
    await tx.consultant.update({ where: { id: consultant.id }, data: { stage: "DECLINED", declinedAt: new Date(), declinedReason: input.reason } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.declined",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `${consultant.name} declined: ${input.reason}`,
      changes: { stage: { from: consultant.stage, to: "DECLINED" }, reason: input.reason },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
