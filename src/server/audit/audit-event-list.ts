import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { ROLE_LABELS } from "@/lib/roles";
import { containing, defineList, field, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { csvDate } from "@/server/lists/csv-response";
import { normalizeIp } from "@/lib/ip-address";
import { AUDIT_ACTION_OPTIONS, auditActionLabel } from "./audit-actions";

const DAY_MS = 24 * 60 * 60 * 1000;

const auditEventRowSelect = {
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

const findAuditEvents = (query: ListQuery<Prisma.AuditEventWhereInput, Prisma.AuditEventOrderByWithRelationInput>) =>
  prisma.auditEvent.findMany({ ...query, select: auditEventRowSelect });

/** A yyyy-mm-dd value from the URL as midnight UTC; anything else, including 2025-02-30, is ignored. */
function parseDay(value: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? day : undefined;
}

// Actions come from their registry, labelled there; record types have none, so the ones that occur are offered.
const occurringEntityTypes = async () =>
  (await prisma.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } })).map((row) => row.entityType);

/** The audit trail, newest first unless asked otherwise, for channel operations admins. */
export const auditEventList = defineList({
  capability: "audit.read",
  path: "/admin/audit",
  caption: "Audit events",
  emptyMessage: "No audit events yet.",
  findMany: findAuditEvents,
  count: (query) => prisma.auditEvent.count(query),
  sorts: ["createdAt", "action", "entityType"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  // Within one action or record type the newest events come first; the id breaks ties so pages never overlap.
  orderBy: (sort, dir): Prisma.AuditEventOrderByWithRelationInput[] =>
    sort === "createdAt" ? [{ createdAt: dir }, { id: dir }] : [{ [sort]: dir }, { createdAt: "desc" }, { id: "desc" }],
  search: { label: "Search summaries", where: (q) => ({ summary: containing(q) }) },
  filters: {
    action: selectFilter({
      label: "Action",
      values: AUDIT_ACTION_OPTIONS.map((option) => option.value),
      optionLabel: auditActionLabel,
      where: (action) => ({ action }),
    }),
    entityType: selectFilter({ label: "Record type", values: occurringEntityTypes, where: (entityType) => ({ entityType }) }),
  },
  fields: {
    actorEmail: field({
      label: "Actor email",
      type: "email",
      parse: (email) => email,
      where: (email) => ({ actor: { email: { equals: email, mode: "insensitive" as const } } }),
    }),
    from: field({ label: "From", type: "date", parse: parseDay, where: (day) => ({ createdAt: { gte: day } }) }),
    // "To" names a whole day, so the bound is that day's last millisecond.
    to: field({ label: "To", type: "date", parse: parseDay, where: (day) => ({ createdAt: { lte: new Date(day.getTime() + DAY_MS - 1) } }) }),
  },
  row: (event) => ({
    id: event.id,
    createdAt: event.createdAt,
    actor: event.actor ? `${event.actor.name} (${event.actor.email})` : null,
    actorRole: event.actorRole ? ROLE_LABELS[event.actorRole] : null,
    action: event.action,
    entityType: event.entityType,
    summary: event.summary,
    ip: event.ip ? normalizeIp(event.ip) : null,
  }),
  columns: [
    { id: "createdAt", header: "When", format: "datetime" },
    { id: "actor", header: "Actor" },
    { id: "actorRole", header: "Role" },
    { id: "action", header: "Action", format: "enum" },
    { id: "entityType", header: "Record", format: "enum" },
    { id: "summary", header: "Summary" },
    { id: "ip", header: "IP" },
  ],
  csv: {
    path: "/admin/audit/export",
    filename: "audit-trail",
    findMany: findAuditEvents,
    keyset: "newest",
    columns: [
      { header: "When", cell: (event) => csvDate(event.createdAt) },
      { header: "Actor name", cell: (event) => event.actor?.name ?? "" },
      { header: "Actor email", cell: (event) => event.actor?.email ?? "" },
      { header: "Role", cell: (event) => event.actorRole ?? "" },
      { header: "Action", cell: (event) => event.action },
      { header: "Record", cell: (event) => event.entityType },
      { header: "Record ID", cell: (event) => event.entityId },
      { header: "Summary", cell: (event) => event.summary },
      { header: "IP", cell: (event) => (event.ip ? normalizeIp(event.ip) : "") },
      { header: "ID", cell: (event) => event.id },
    ],
  },
});
