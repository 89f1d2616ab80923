import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { readProgramSetting, writeProgramSetting } from "@/server/settings/program-settings";
import type { TUpdatePspThreshold } from "@/server/certifications/schemas";

/**
 * An admin sets how many certified PSEs a partner needs for PSP. A lower threshold takes effect at the partner's next
 * completion; partners already past it are not awarded retroactively by this change.
 */
export async function updatePspThreshold(actor: SessionUser, input: TUpdatePspThreshold, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await readProgramSetting(tx, "pspThreshold");
    await writeProgramSetting(tx, "pspThreshold", input.pspThreshold);
    await recordAuditEvent(tx, {
      actor,
      action: "certification.psp_threshold_changed",
      entityType: "ProgramSetting",
      entityId: "pspThreshold",
      summary: `PSP threshold changed from ${before} to ${input.pspThreshold} certified PSEs`,
      changes: { pspThreshold: { from: before, to: input.pspThreshold } },
      ip: context.ip,
    });
    return { pspThreshold: input.pspThreshold };
  });
}
