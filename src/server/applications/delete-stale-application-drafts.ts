import "server-only";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { DRAFT_MAX_AGE_DAYS } from "@/server/applications/rules";

/**
 * Deletes applications nobody touched for DRAFT_MAX_AGE_DAYS: their cookie has expired, so no one can resume them,
 * and they should not keep a password hash or hold their address against a new application. Returns how many.
 */
export async function deleteStaleApplicationDrafts(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.applicationDraft.deleteMany({ where: { updatedAt: { lt: subDays(now, DRAFT_MAX_AGE_DAYS) } } });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor: null,
        action: "application.stale_drafts_deleted",
        entityType: "ApplicationDraft",
        entityId: "*",
        summary: `${count} application draft(s) untouched for ${DRAFT_MAX_AGE_DAYS} days deleted`,
      });
    }
    return count;
  });
}
