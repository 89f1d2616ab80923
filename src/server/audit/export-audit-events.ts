import "server-only";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { csvDate } from "@/server/csv/stream-csv";
import type { ListParams } from "@/server/list-params";
import { keysetBatches } from "@/server/csv/keyset-batches";
import { auditEventListWhere, auditEventRowSelect, type AuditEventFilters, type AuditEventSort } from "@/server/audit/list-audit-events";

/** Rows per query: keeps memory flat however long the trail grows. */
export const AUDIT_EVENT_EXPORT_BATCH_SIZE = 1000;

export const AUDIT_EVENT_EXPORT_HEADER = ["When", "Actor name", "Actor email", "Role", "Action", "Record", "Record ID", "Summary", "IP", "ID"];

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
  authorize(user, "audit.read");
  const where = auditEventListWhere(params, filters);
  const events = keysetBatches(
    (after: { createdAt: Date; id: string } | undefined, take) =>
      prisma.auditEvent.findMany({
        where: after
          ? { AND: [where, { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] }
          : where,
        select: auditEventRowSelect,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
      }),
    (event) => ({ createdAt: event.createdAt, id: event.id }),
    batchSize,
  );
  for await (const event of events) {
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
}
