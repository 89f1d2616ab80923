import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import type { TApproveConsultant } from "@/server/subcontracting/schemas";

/** The signed-in coordinator approves a consultant who passed the deep-dive: from now on they can be assigned. */
export async function approveConsultant(user: SessionUser, input: TApproveConsultant, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["DEEP_DIVE_PASSED"]);
    await tx.consultant.update({ where: { id: consultant.id }, data: { stage: "APPROVED", approvedAt: new Date(), approvedById: user.id } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.stage_changed",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `${consultant.name} approved`,
      changes: { stage: { from: consultant.stage, to: "APPROVED" }, approvedById: user.id },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
