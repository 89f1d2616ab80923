import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { readProgramSetting, writeProgramSetting } from "@/server/settings/program-settings";
import { NFR_CAP_MODE_LABELS } from "@/lib/nfr";
import type { TUpdateNfrCapMode } from "@/server/nfr/schemas";

/** An admin sets whether the NFR cap counts a partner's active licenses or the users across them; the next check uses it. */
export async function updateNfrCapMode(actor: SessionUser, input: TUpdateNfrCapMode, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await readProgramSetting(tx, "nfrCapMode");
    await writeProgramSetting(tx, "nfrCapMode", input.nfrCapMode);
    await recordAuditEvent(tx, {
      actor,
      action: "nfr.cap_mode_changed",
      entityType: "ProgramSetting",
      entityId: "nfrCapMode",
      summary: `The NFR cap now counts ${NFR_CAP_MODE_LABELS[input.nfrCapMode].toLowerCase()} (was ${NFR_CAP_MODE_LABELS[before].toLowerCase()})`,
      changes: { nfrCapMode: { from: before, to: input.nfrCapMode } },
      ip: context.ip,
    });
    return { nfrCapMode: input.nfrCapMode };
  });
}
