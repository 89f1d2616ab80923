import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { pageArgs, type ListParams, type Page } from "@/server/list-params";

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

export type AuditEventRow = Omit<Prisma.AuditEventGetPayload<{ select: typeof auditEventRowSelect }>, "actor"> & {
  actorName: string | null;
  actorEmail: string | null;
};

/** The audit trail, newest first unless asked otherwise, for channel operations admins. */
export async function listAuditEvents(
  user: SessionUser,
  params: ListParams<AuditEventSort>,
  filters: AuditEventFilters = {},
): Promise<Page<AuditEventRow>> {
  authorize(user, ["ADMIN"]);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorEmail ? { actor: { email: { equals: filters.actorEmail, mode: "insensitive" } } } : {}),
    ...(filters.from || filters.to ? { createdAt: { gte: filters.from, lte: filters.to } } : {}),
    ...(params.q ? { summary: { contains: params.q, mode: "insensitive" } } : {}),
  };
  // Within one action or record type the newest events come first; the id breaks ties so pages never overlap.
  const orderBy: Prisma.AuditEventOrderByWithRelationInput[] =
    params.sort === "createdAt"
      ? [{ createdAt: params.dir }, { id: params.dir }]
      : [{ [params.sort]: params.dir }, { createdAt: "desc" }, { id: "desc" }];
  const [rows, total] = await Promise.all([
    prisma.auditEvent.findMany({ where, select: auditEventRowSelect, orderBy, ...pageArgs(params) }),
    prisma.auditEvent.count({ where }),
  ]);
  return {
    rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null, actorEmail: actor?.email ?? null })),
    total,
    page: params.page,
    pageSize: params.pageSize,
  };
}

/** The actions and record types that occur in the trail, for the filter selects. */
export async function listAuditFilterOptions(user: SessionUser): Promise<{ actions: string[]; entityTypes: string[] }> {
  authorize(user, ["ADMIN"]);
  const [actions, entityTypes] = await Promise.all([
    prisma.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType) };
}
