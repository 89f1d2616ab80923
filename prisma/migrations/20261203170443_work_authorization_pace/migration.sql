-- AlterTable
ALTER TABLE "WorkAuthorization" ADD COLUMN     "overrunPermille" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paceOn" DATE,
ADD COLUMN     "projectedMinutes" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "WorkAuthorization_status_overrunPermille_sowId_idx" ON "WorkAuthorization"("status", "overrunPermille", "sowId");

-- The pace as of the day the migration runs; the daily job keeps it from then on.
UPDATE "WorkAuthorization" t
SET "projectedMinutes" = x."projected",
    "overrunPermille" = CASE WHEN t."status" = 'ACTIVE'
      THEN GREATEST(0, round(1000.0 * (x."projected" - t."hoursAuthorized" * 60) / GREATEST(1, t."hoursAuthorized" * 60)))::int
      ELSE 0 END,
    "paceOn" = current_date
FROM (
  SELECT w."id",
         CASE WHEN w."startsOn" IS NULL OR w."endsOn" IS NULL THEN w."minutesLogged"
              ELSE round(w."minutesLogged"::numeric * GREATEST(1, w."endsOn" - w."startsOn" + 1)
                         / LEAST(GREATEST(1, w."endsOn" - w."startsOn" + 1), GREATEST(1, current_date - w."startsOn" + 1)))::int END AS "projected"
  FROM "WorkAuthorization" w WHERE w."status" = 'ACTIVE'
) x
WHERE t."id" = x."id";
