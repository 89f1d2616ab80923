import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, parseFilter, parseListParams, type ListParams, type Page } from "@/server/list-params";

type SearchParams = Parameters<typeof parseListParams>[0];

const DAY_MS = 24 * 60 * 60 * 1000;

export const AUDIT_EVENT_SORTS = ["createdAt", "action", "entityType"] as const;
export type AuditEventSort = (typeof AUDIT_EVENT_SORTS)[number];

export interface AuditEventFilters {
  action?: string;
  entityType?: string;
  actorEmail?: string;
  /** Inclusive lower bound on when the event happened. */
  from?: Date;
  /** Inclusive upper bound on when the event happened. */
  to?: Date;
}

export const auditEventRowSelect = {
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

export type AuditEventRow = Omit<Prisma.AuditEventGetPayload<{ select: typeof auditEventRowSelect }>, "actor"> & {
  actorName: string | null;
  actorEmail: string | null;
};

function firstValue(query: SearchParams, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A yyyy-mm-dd value from the URL as midnight UTC; anything else, including 2025-02-30, is ignored. */
function parseDay(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const day = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? day : undefined;
}

/**
 * The audit trail's sort, search and filters as the URL gives them; the page and its CSV export both read it here.
 * `options` are the actions and record types that occur, so an unknown one is ignored rather than matching nothing.
 */
export function parseAuditEventQuery(
  query: SearchParams,
  options: { actions: string[]; entityTypes: string[] },
): { params: ListParams<AuditEventSort>; filters: AuditEventFilters } {
  const toDay = parseDay(firstValue(query, "to"));
  return {
    params: parseListParams(query, { sortable: AUDIT_EVENT_SORTS, defaultSort: "createdAt", defaultDir: "desc" }),
    filters: {
      action: parseFilter(query, "action", options.actions),
      entityType: parseFilter(query, "entityType", options.entityTypes),
      actorEmail: firstValue(query, "actorEmail")?.trim() || undefined,
      from: parseDay(firstValue(query, "from")),
      // "To" names a whole day, so the bound is that day's last millisecond.
      to: toDay ? new Date(toDay.getTime() + DAY_MS - 1) : undefined,
    },
  };
}

/** Which events the trail shows for this search and these filters. The export uses it too. */
export function auditEventListWhere(params: Pick<ListParams<AuditEventSort>, "q">, filters: AuditEventFilters): Prisma.AuditEventWhereInput {
  return {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorEmail ? { actor: { email: { equals: filters.actorEmail, mode: "insensitive" } } } : {}),
    ...(filters.from || filters.to ? { createdAt: { gte: filters.from, lte: filters.to } } : {}),
    ...(params.q ? { summary: { contains: params.q, mode: "insensitive" } } : {}),
  };
}

/** The audit trail, newest first unless asked otherwise, for channel operations admins. */
export async function listAuditEvents(
  user: SessionUser,
  params: ListParams<AuditEventSort>,
  filters: AuditEventFilters = {},
): Promise<Page<AuditEventRow>> {
  authorize(user, "audit.read");
  const where = auditEventListWhere(params, filters);
  // Within one action or record type the newest events come first; the id breaks ties so pages never overlap.
  const orderBy: Prisma.AuditEventOrderByWithRelationInput[] =
    params.sort === "createdAt"
      ? [{ createdAt: params.dir }, { id: params.dir }]
      : [{ [params.sort]: params.dir }, { createdAt: "desc" }, { id: "desc" }];
  const [rows, count] = await Promise.all([
    prisma.auditEvent.findMany({ where, select: auditEventRowSelect, orderBy, ...pageArgs(params) }),
    countUpTo((limit) => prisma.auditEvent.count({ where, ...limit })),
  ]);
  return {
    rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null, actorEmail: actor?.email ?? null })),
    ...count,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The actions and record types that occur in the trail, for the filter selects. */
export async function listAuditFilterOptions(user: SessionUser): Promise<{ actions: string[]; entityTypes: string[] }> {
  authorize(user, "audit.read");
  const [actions, entityTypes] = await Promise.all([
    prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
