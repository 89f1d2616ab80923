import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { csvDate } from "@/server/csv/stream-csv";
import type { ListParams } from "@/server/list-params";
import { auditEventListWhere, type AuditEventFilters, type AuditEventSort } from "@/server/audit/list-audit-events";

/** Rows per query: keeps memory flat however long the trail grows. */
export const AUDIT_EVENT_EXPORT_BATCH_SIZE = 1000;

export const AUDIT_EVENT_EXPORT_HEADER = ["When", "Actor name", "Actor email", "Role", "Action", "Record", "Record ID", "Summary", "IP", "ID"];

const auditEventExportSelect = {
  id: true,
  createdAt: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  ip: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditEventSelect;

/**
 * Every event the trail would show for this search and these filters, newest first, as CSV cells, for admins only.
 * A trail is read by time, so the keyset is (createdAt, id) descending: each batch starts strictly after the
 * last event seen, which stays fast on the createdAt index and never repeats or skips an event between batches.
 */
export async function* iterateAuditEventsForExport(
  user: SessionUser,
  params: Pick<ListParams<AuditEventSort>, "q">,
  filters: AuditEventFilters,
  batchSize = AUDIT_EVENT_EXPORT_BATCH_SIZE,
): AsyncGenerator<string[]> {
  authorize(user, ["ADMIN"]);
  const where = auditEventListWhere(params, filters);
  let last: { createdAt: Date; id: string } | undefined;
  for (;;) {
    const batch = await prisma.auditEvent.findMany({
      where: last
        ? { AND: [where, { OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }] }] }
        : where,
      select: auditEventExportSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: batchSize,
    });
    for (const event of batch) {
      yield [
        csvDate(event.createdAt),
        event.actor?.name ?? "",
        event.actor?.email ?? "",
        event.actorRole ?? "",
        event.action,
        event.entityType,
        event.entityId,
        event.summary,
        event.ip ?? "",
        event.id,
      ];
    }
    if (batch.length < batchSize) return;
    const lastEvent = batch[batch.length - 1];
    last = lastEvent ? { createdAt: lastEvent.createdAt, id: lastEvent.id } : undefined;
  }
}
