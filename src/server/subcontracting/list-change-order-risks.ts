import "server-only";
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
 * The active work authorizations in scope on pace to pass what they authorize before their end date (the pace kept by
 * refreshWorkAuthorizationPace), most urgent first: the largest overrun against the hours authorized, then the nearest
 * end. One statement, walking the (status, overrunPermille) index from the top; the total counts the same rows.
 */
export async function listChangeOrderRisks(user: SessionUser, limit = CHANGE_ORDER_RISKS_SHOWN): Promise<ChangeOrderRisk[]> {
  return prisma.$queryRaw<ChangeOrderRisk[]>`
    SELECT w."id", w."projectName", s."id" AS "sowId", s."number" AS "sowNumber", p."legalName" AS "partnerName",
           w."hoursAuthorized", w."minutesLogged", w."projectedMinutes", w."projectedMinutes" - w."hoursAuthorized" * 60 AS "overrunMinutes",
           w."endsOn",
           (SELECT count(*)::int FROM "WorkAuthorization" w
              JOIN "PrimeSow" s ON s."id" = w."sowId" JOIN "Partner" p ON p."id" = s."partnerId"
              WHERE w."status" = 'ACTIVE' AND w."overrunPermille" > 0 AND ${sowPartnerScopeSql(user)}) AS "total"
    FROM "WorkAuthorization" w
    JOIN "PrimeSow" s ON s."id" = w."sowId"
    JOIN "Partner" p ON p."id" = s."partnerId"
    WHERE w."status" = 'ACTIVE' AND w."overrunPermille" > 0 AND ${sowPartnerScopeSql(user)}
    ORDER BY w."overrunPermille" DESC, w."endsOn" ASC NULLS LAST, w."id"
    LIMIT ${limit}`;
}
