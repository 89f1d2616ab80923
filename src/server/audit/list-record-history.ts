import "server-only";
import { prisma } from "@/server/db";

/** How many of a record's latest events its page shows. */
const HISTORY_LENGTH = 50;

/**
 * A record's own audit trail, newest first, for the "History" section of its page. The caller has already checked
 * the user may see the record; the events say no more than the record does.
 */
export async function listRecordHistory(entityType: string, entityId: string) {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: HISTORY_LENGTH,
    select: { id: true, createdAt: true, action: true, summary: true, actor: { select: { name: true } } },
  });
}
