import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import { canAssignConsultant } from "@/server/subcontracting/rules";
import type { TAssignConsultant } from "@/server/subcontracting/schemas";

/**
 * Puts a consultant on one of their partner's active work authorizations. Only an approved consultant (approved,
 * onboarding or active on projects) is assigned; the stage stays as the checklists drive it. Another partner's
 * authorization is not found, like an absent one.
 */
export async function assignConsultant(user: SessionUser, input: TAssignConsultant, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, "any");
    if (!canAssignConsultant(consultant.stage)) {
      throw new AppError("CONFLICT", { message: "Only approved consultants can be assigned to a work authorization." });
    }
    const workAuthorization = await tx.workAuthorization.findFirst({
      where: { id: input.workAuthorizationId, sow: { partnerId: consultant.partnerId } },
      select: { id: true, projectName: true, status: true, consultants: { where: { consultantId: consultant.id }, select: { consultantId: true } } },
    });
    if (!workAuthorization) throw new AppError("NOT_FOUND", { field: "workAuthorizationId" });
    if (workAuthorization.status !== "ACTIVE") {
      throw new AppError("CONFLICT", { field: "workAuthorizationId", message: "Consultants are assigned to active work authorizations only." });
    }
    if (workAuthorization.consultants.length > 0) {
      throw new AppError("CONFLICT", { field: "workAuthorizationId", message: `${consultant.name} is already assigned to ${workAuthorization.projectName}.` });
    }
    await tx.workAuthorizationConsultant.create({ data: { workAuthorizationId: workAuthorization.id, consultantId: consultant.id } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "work_authorization.consultant_assigned",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `${consultant.name} assigned to ${workAuthorization.projectName}`,
      changes: { workAuthorizationId: workAuthorization.id, consultantId: consultant.id },
      ip: context.ip,
    });
    return { name: consultant.name, projectName: workAuthorization.projectName };
  });
}
