-- CreateEnum
CREATE TYPE "PoRequestStatus" AS ENUM ('DRAFT', 'APPROVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TimeEntryStatus" AS ENUM ('APPROVED', 'FLAGGED', 'REJECTED');

-- AlterTable
ALTER TABLE "Consultant" ADD COLUMN     "accessRemovedAt" TIMESTAMP(3),
ADD COLUMN     "activatedAt" TIMESTAMP(3),
ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "certsVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "certsVerifiedById" TEXT,
ADD COLUMN     "declinedAt" TIMESTAMP(3),
ADD COLUMN     "declinedReason" TEXT,
ADD COLUMN     "otherProjectsCheckedAt" TIMESTAMP(3),
ADD COLUMN     "retroAt" TIMESTAMP(3),
ADD COLUMN     "skillsMatrix" JSONB,
ADD COLUMN     "skillsSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "videoReview" TEXT,
ADD COLUMN     "videoReviewedAt" TIMESTAMP(3),
ADD COLUMN     "videoReviewedById" TEXT,
ADD COLUMN     "videoUrl" TEXT;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "submittedById" TEXT;

-- AlterTable
ALTER TABLE "PrimeSow" ADD COLUMN     "authorizedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "invoicedCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "TimeEntry" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "loggedById" TEXT,
ADD COLUMN     "status" "TimeEntryStatus" NOT NULL DEFAULT 'APPROVED';

-- AlterTable
ALTER TABLE "WorkAuthorization" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "customerName" TEXT,
ADD COLUMN     "expenseBudgetCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "minutesLogged" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PrimeSowTransition" (
    "id" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "fromStatus" "SowStatus",
    "toStatus" "SowStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrimeSowTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrimeSowDocument" (
    "id" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrimeSowDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SowPoRequest" (
    "id" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "PoRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "poNumber" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SowPoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SowMonth" (
    "sowId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "loggedMinutes" INTEGER NOT NULL DEFAULT 0,
    "loggedValueCents" INTEGER NOT NULL DEFAULT 0,
    "invoicedCents" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SowMonth_pkey" PRIMARY KEY ("sowId","month")
);

-- CreateIndex
CREATE INDEX "PrimeSowTransition_sowId_at_idx" ON "PrimeSowTransition"("sowId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "PrimeSowDocument_fileId_key" ON "PrimeSowDocument"("fileId");

-- CreateIndex
CREATE INDEX "PrimeSowDocument_sowId_createdAt_idx" ON "PrimeSowDocument"("sowId", "createdAt");

-- CreateIndex
CREATE INDEX "SowPoRequest_sowId_status_idx" ON "SowPoRequest"("sowId", "status");

-- CreateIndex
CREATE INDEX "SowPoRequest_status_createdAt_idx" ON "SowPoRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "WorkAuthorization_status_endsOn_idx" ON "WorkAuthorization"("status", "endsOn");

-- AddForeignKey
ALTER TABLE "PrimeSowTransition" ADD CONSTRAINT "PrimeSowTransition_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimeSowTransition" ADD CONSTRAINT "PrimeSowTransition_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimeSowDocument" ADD CONSTRAINT "PrimeSowDocument_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimeSowDocument" ADD CONSTRAINT "PrimeSowDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SowPoRequest" ADD CONSTRAINT "SowPoRequest_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SowMonth" ADD CONSTRAINT "SowMonth_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill the kept sums from the rows they summarise.
UPDATE "PrimeSow" s SET
  "authorizedCents" = COALESCE((SELECT SUM(w."amountCents") FROM "WorkAuthorization" w WHERE w."sowId" = s."id" AND w."status" <> 'CANCELLED'), 0),
  "invoicedCents" = COALESCE((SELECT SUM(i."timeAmountCents" + i."expenseAmountCents") FROM "Invoice" i WHERE i."sowId" = s."id" AND i."status" IN ('APPROVED', 'PAID')), 0);

UPDATE "WorkAuthorization" w SET "minutesLogged" = t.minutes
FROM (SELECT "workAuthorizationId", SUM("minutes")::int AS minutes FROM "TimeEntry" GROUP BY "workAuthorizationId") t
WHERE t."workAuthorizationId" = w."id";

INSERT INTO "SowMonth" ("sowId", "month", "loggedMinutes", "loggedValueCents", "invoicedCents")
SELECT w."sowId", date_trunc('month', t."workedOn")::date, SUM(t."minutes")::int, SUM(ROUND(t."minutes" * w."hourlyRateCents" / 60.0))::int, 0
FROM "TimeEntry" t JOIN "WorkAuthorization" w ON w."id" = t."workAuthorizationId"
GROUP BY w."sowId", date_trunc('month', t."workedOn");

INSERT INTO "SowMonth" ("sowId", "month", "invoicedCents")
SELECT i."sowId", i."month", SUM(i."timeAmountCents" + i."expenseAmountCents")::int
FROM "Invoice" i WHERE i."status" IN ('APPROVED', 'PAID')
GROUP BY i."sowId", i."month"
ON CONFLICT ("sowId", "month") DO UPDATE SET "invoicedCents" = EXCLUDED."invoicedCents";
