import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { sowPartnerScopeSql } from "@/server/subcontracting/sow-scope-sql";

/** How many projects at risk the burn page lists, most urgent first. */
export const CHANGE_ORDER_RISKS_SHOWN = 10;

export interface ChangeOrderRisk {
  id: string;
  projectName: string;
  sowId: string;
  sowNumber: string;
  partnerName: string;
  hoursAuthorized: number;
  minutesLogged: number;
  projectedMinutes: number;
  overrunMinutes: number;
  endsOn: Date | null;
  /** Every active project at risk in scope, for "showing N of M". */
  total: number;
}

/**
 * The pace of rules.changeOrderProjection as SQL, on the work authorization alias `w` and a calendar day: the minutes
 * logged stretched over the whole span (start to end, inclusive) from the days elapsed (at least one, at most the
 * span); without both dates, the minutes logged as they are.
 */
export function projectedMinutesSql(today: Date): Prisma.Sql {
  const day = today.toISOString().slice(0, 10);
  return Prisma.sql`CASE WHEN w."startsOn" IS NULL OR w."endsOn" IS NULL THEN w."minutesLogged"
    ELSE round(w."minutesLogged"::numeric * GREATEST(1, w."endsOn" - w."startsOn" + 1)
               / LEAST(GREATEST(1, w."endsOn" - w."startsOn" + 1), GREATEST(1, ${day}::date - w."startsOn" + 1)))::int END`;
}

/**
 * The active work authorizations in scope whose hours pace passes what they authorize before their end date, with
 * the projected overrun, most urgent first: the largest overrun against the hours authorized, then the nearest end.
 * One statement over the kept minutesLogged, never over time entries.
 */
export async function listChangeOrderRisks(user: SessionUser, today = new Date(), limit = CHANGE_ORDER_RISKS_SHOWN): Promise<ChangeOrderRisk[]> {
  return prisma.$queryRaw<ChangeOrderRisk[]>`
    SELECT w."id", w."projectName", s."id" AS "sowId", s."number" AS "sowNumber", p."legalName" AS "partnerName",
           w."hoursAuthorized", w."minutesLogged", f."projected" AS "projectedMinutes",
           f."projected" - w."hoursAuthorized" * 60 AS "overrunMinutes", w."endsOn", count(*) OVER ()::int AS "total"
    FROM "WorkAuthorization" w
    JOIN "PrimeSow" s ON s."id" = w."sowId"
    JOIN "Partner" p ON p."id" = s."partnerId"
    CROSS JOIN LATERAL (SELECT ${projectedMinutesSql(today)} AS "projected") f
    WHERE w."status" = 'ACTIVE' AND ${sowPartnerScopeSql(user)} AND f."projected" > w."hoursAuthorized" * 60
    ORDER BY (f."projected" - w."hoursAuthorized" * 60)::numeric / GREATEST(1, w."hoursAuthorized" * 60) DESC, w."endsOn" ASC NULLS LAST, w."id"
    LIMIT ${limit}`;
}
