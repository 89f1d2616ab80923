import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import { offboardingComplete } from "@/server/subcontracting/rules";
import type { TUpdateConsultantOffboarding } from "@/server/subcontracting/schemas";

/**
 * The offboarding checklist: the retro's notes, access removed, and the check for other ongoing assignments, which
 * records that the coordinator saw the consultant's other active work authorizations (kept in the audit event). With
 * all three the consultant is offboarded. Items are recorded as they are done and stay done.
 */
export async function updateConsultantOffboarding(user: SessionUser, input: TUpdateConsultantOffboarding, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["ONBOARDING", "ACTIVE"]);
    const now = new Date();
    const checklist = {
      retroNotes: consultant.retroNotes ?? (input.retroNotes || null),
      retroAt: consultant.retroAt ?? (input.retroNotes ? now : null),
      accessRemovedAt: consultant.accessRemovedAt ?? (input.accessRemoved ? now : null),
      otherProjectsCheckedAt: consultant.otherProjectsCheckedAt ?? (input.otherProjectsChecked ? now : null),
    };
    const recorded = [
      !consultant.retroAt && checklist.retroAt && "retro notes",
      !consultant.accessRemovedAt && checklist.accessRemovedAt && "access removed",
      !consultant.otherProjectsCheckedAt && checklist.otherProjectsCheckedAt && "other assignments checked",
    ].filter((item): item is string => Boolean(item));
    if (recorded.length === 0) {
      throw new AppError("CONFLICT", { message: "Nothing new to record: write the retro notes or tick an item that is done." });
    }
    const otherAssignments =
      !consultant.otherProjectsCheckedAt && checklist.otherProjectsCheckedAt
        ? await tx.workAuthorizationConsultant.findMany({
            where: { consultantId: consultant.id, workAuthorization: { status: "ACTIVE" } },
            select: { workAuthorization: { select: { id: true, projectName: true } } },
          })
        : [];
    const complete = offboardingComplete(checklist);
    await tx.consultant.update({
      where: { id: consultant.id },
      data: { ...checklist, ...(complete ? { stage: "OFFBOARDED", offboardedAt: now } : {}) },
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.offboarding_updated",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Offboarding of ${consultant.name}: ${recorded.join(", ")}${
        otherAssignments.length > 0 ? ` (active assignments seen: ${otherAssignments.map((row) => row.workAuthorization.projectName).join(", ")})` : ""
      }${complete ? "; offboarded" : ""}`,
      changes: {
        ...(complete ? { stage: { from: consultant.stage, to: "OFFBOARDED" } } : {}),
        retroNotes: checklist.retroNotes,
        accessRemovedAt: checklist.accessRemovedAt?.toISOString() ?? null,
        otherProjectsCheckedAt: checklist.otherProjectsCheckedAt?.toISOString() ?? null,
        ...(otherAssignments.length > 0 ? { activeAssignmentsSeen: otherAssignments.map((row) => row.workAuthorization.id) } : {}),
      },
      ip: context.ip,
    });
    return { name: consultant.name, offboarded: complete };
  });
}
