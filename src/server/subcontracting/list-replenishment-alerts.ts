import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { REPLENISHMENT_LINE_CENTS } from "@/server/subcontracting/rules";
import { sowPartnerScopeSql } from "@/server/subcontracting/sow-scope-sql";

/** How many alerts the burn page lists; past it, the page says how many more the SOW list holds. */
export const REPLENISHMENT_ALERTS_SHOWN = 20;

export interface ReplenishmentAlert {
  id: string;
  number: string;
  partnerName: string;
  amountCents: number;
  invoicedCents: number;
  remainingCents: number;
  /** When the hourly job raised the alert; null until it has run since the SOW crossed the line. */
  alertedAt: Date | null;
  /** The newest PO request the alert drafted that still waits for approval. */
  poRequest: { id: string; amountCents: number; createdAt: Date } | null;
  /** Every SOW at or below the line, for "and N more". */
  total: number;
}

/**
 * The active SOWs in scope whose remaining funds (amount − invoiced) are at or below the replenishment line, least
 * left first, each with its drafted PO request: one statement (the difference of two columns is not Prisma's).
 */
export async function listReplenishmentAlerts(user: SessionUser): Promise<ReplenishmentAlert[]> {
  const rows = await prisma.$queryRaw<
    (Omit<ReplenishmentAlert, "poRequest"> & { poRequestId: string | null; poRequestCents: number | null; poRequestedAt: Date | null })[]
  >`
    SELECT s."id", s."number", p."legalName" AS "partnerName", s."amountCents", s."invoicedCents",
           s."amountCents" - s."invoicedCents" AS "remainingCents", s."replenishAlertedAt" AS "alertedAt",
           r."id" AS "poRequestId", r."amountCents" AS "poRequestCents", r."createdAt" AS "poRequestedAt",
           count(*) OVER ()::int AS "total"
    FROM "PrimeSow" s
    JOIN "Partner" p ON p."id" = s."partnerId"
    LEFT JOIN LATERAL (
      SELECT "id", "amountCents", "createdAt" FROM "SowPoRequest"
      WHERE "sowId" = s."id" AND "status" = 'DRAFT' ORDER BY "createdAt" DESC LIMIT 1
    ) r ON TRUE
    WHERE s."status" = 'ACTIVE' AND ${sowPartnerScopeSql(user)} AND s."amountCents" - s."invoicedCents" <= ${REPLENISHMENT_LINE_CENTS}
    ORDER BY s."amountCents" - s."invoicedCents", s."id"
    LIMIT ${REPLENISHMENT_ALERTS_SHOWN}`;
  return rows.map(({ poRequestId, poRequestCents, poRequestedAt, ...alert }) => ({
    ...alert,
    poRequest: poRequestId && poRequestCents !== null && poRequestedAt ? { id: poRequestId, amountCents: poRequestCents, createdAt: poRequestedAt } : null,
  }));
}
