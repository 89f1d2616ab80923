import "server-only";
import { prisma, type Tx } from "@/server/db";
import { refreshPaceSql } from "@/server/subcontracting/pace-sql";

/**
 * Stores each work authorization's change-order pace as of `today` (see pace-sql.ts). With `ids`, those
 * authorizations, in the caller's transaction after their hours, dates or status changed; without, every active one
 * and any that still carries an overrun (the daily job: the days elapsed change every pace). One statement.
 */
export async function refreshWorkAuthorizationPace(db: Tx | typeof prisma, today: Date, ids?: readonly string[]): Promise<number> {
  const day = today.toISOString().slice(0, 10);
  if (ids) return db.$executeRawUnsafe(refreshPaceSql("$1::date", `w."id" = ANY($2::text[])`), day, [...ids]);
  return db.$executeRawUnsafe(refreshPaceSql("$1::date", `(w."status" = 'ACTIVE' OR w."overrunPermille" <> 0)`), day);
}

/** The calendar day (UTC) a pace is computed for. */
export function paceDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The daily job: every active authorization's pace as of today. */
export async function refreshEveryWorkAuthorizationPace(now = new Date()): Promise<number> {
  return refreshWorkAuthorizationPace(prisma, paceDay(now));
}
