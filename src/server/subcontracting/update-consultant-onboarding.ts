import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import { onboardingComplete } from "@/server/subcontracting/rules";
import type { TUpdateConsultantOnboarding } from "@/server/subcontracting/schemas";

/**
 * The onboarding checklist of an approved consultant: the access request sent, the onboarding buddy, time logging set
 * up. Items are recorded as they are done (a done item stays done; the buddy can be renamed); the first one starts
 * onboarding, and with all three the consultant is active on projects.
 */
export async function updateConsultantOnboarding(user: SessionUser, input: TUpdateConsultantOnboarding, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["APPROVED", "ONBOARDING"]);
    const now = new Date();
    const checklist = {
      accessRequestedAt: consultant.accessRequestedAt ?? (input.accessRequested ? now : null),
      onboardingBuddy: input.onboardingBuddy || consultant.onboardingBuddy,
      timeLoggingSetAt: consultant.timeLoggingSetAt ?? (input.timeLoggingSet ? now : null),
    };
    const recorded = [
      !consultant.accessRequestedAt && checklist.accessRequestedAt && "access request sent",
      checklist.onboardingBuddy !== consultant.onboardingBuddy && `onboarding buddy ${checklist.onboardingBuddy}`,
      !consultant.timeLoggingSetAt && checklist.timeLoggingSetAt && "time logging set up",
    ].filter((item): item is string => Boolean(item));
    if (recorded.length === 0) {
      throw new AppError("CONFLICT", { message: "Nothing new to record: tick an item that is done, or name the onboarding buddy." });
    }
    const complete = onboardingComplete(checklist);
    const stage = complete ? "ACTIVE" : "ONBOARDING";
    await tx.consultant.update({ where: { id: consultant.id }, data: { ...checklist, stage, ...(complete ? { activatedAt: now } : {}) } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.onboarding_updated",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Onboarding of ${consultant.name}: ${recorded.join(", ")}${complete ? "; onboarding complete, active on projects" : ""}`,
      changes: {
        ...(stage !== consultant.stage ? { stage: { from: consultant.stage, to: stage } } : {}),
        accessRequestedAt: checklist.accessRequestedAt?.toISOString() ?? null,
        onboardingBuddy: checklist.onboardingBuddy,
        timeLoggingSetAt: checklist.timeLoggingSetAt?.toISOString() ?? null,
      },
      ip: context.ip,
    });
    return { name: consultant.name, active: complete };
  });
}
