import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import type { AuditAction } from "@/server/audit/audit-actions";

export interface AuditActor {
  id: string;
  role: Role;
}

export interface AuditEventInput {
  actor: AuditActor | null;
  /** Registered by its domain in <domain>/audit-actions.ts; an unregistered action does not type-check. */
  action: AuditAction;
  entityType: string;
  entityId: string;
  summary: string;
  changes?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Writes one audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      summary: event.summary,
      changes: event.changes,
      ip: event.ip ?? null,
    },
  });
}
