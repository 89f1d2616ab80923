// The kept burn figures of seeded SOWs, recomputed from the rows they summarise with the migration's own backfill
// (20261203153151_subcontracting_workflow): work authorizations' minutesLogged, the SOWs' authorizedCents and
// invoicedCents, and their SowMonth rows. Seeds insert time entries, authorizations and invoices in bulk, then run
// these, so the figures agree with their rows as the operations would have kept them.

import { refreshPaceSql } from "@/server/subcontracting/pace-sql";

/** The statements for the SOWs whose id matches `$1` (a LIKE pattern), in order; each takes that one parameter. */
export const BURN_SUMS_SQL: readonly string[] = [
  // An authorization without entries keeps its 0.
  `UPDATE "WorkAuthorization" w SET "minutesLogged" = t.minutes
   FROM (SELECT "workAuthorizationId", SUM("minutes")::int AS minutes FROM "TimeEntry" GROUP BY "workAuthorizationId") t
   WHERE t."workAuthorizationId" = w."id" AND w."sowId" LIKE $1`,
  `UPDATE "PrimeSow" s SET
     "authorizedCents" = coalesce((SELECT SUM(w."amountCents") FROM "WorkAuthorization" w WHERE w."sowId" = s."id" AND w."status" <> 'CANCELLED'), 0),
     "invoicedCents" = coalesce((SELECT SUM(i."timeAmountCents" + i."expenseAmountCents") FROM "Invoice" i
                                 WHERE i."sowId" = s."id" AND i."status" IN ('APPROVED', 'PAID')), 0)
   WHERE s."id" LIKE $1`,
  `DELETE FROM "SowMonth" WHERE "sowId" LIKE $1`,
  `INSERT INTO "SowMonth" ("sowId", "month", "loggedMinutes", "loggedValueCents", "invoicedCents")
   SELECT w."sowId", date_trunc('month', t."workedOn")::date, SUM(t."minutes")::int, SUM(ROUND(t."minutes" * w."hourlyRateCents" / 60.0))::int, 0
   FROM "TimeEntry" t JOIN "WorkAuthorization" w ON w."id" = t."workAuthorizationId"
   WHERE w."sowId" LIKE $1
   GROUP BY w."sowId", date_trunc('month', t."workedOn")`,
  `INSERT INTO "SowMonth" ("sowId", "month", "invoicedCents")
   SELECT i."sowId", i."month", SUM(i."timeAmountCents" + i."expenseAmountCents")::int
   FROM "Invoice" i WHERE i."status" IN ('APPROVED', 'PAID') AND i."sowId" LIKE $1
   GROUP BY i."sowId", i."month"
   ON CONFLICT ("sowId", "month") DO UPDATE SET "invoicedCents" = EXCLUDED."invoicedCents"`,
  // The change-order pace as of today, as the daily job keeps it.
  refreshPaceSql("current_date", `w."sowId" LIKE $1`),
];
