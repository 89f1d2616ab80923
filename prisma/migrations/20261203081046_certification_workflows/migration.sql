-- CreateEnum
CREATE TYPE "CertificationStepKind" AS ENUM ('TRAINING', 'LAB', 'EXAM');

-- CreateEnum
CREATE TYPE "CertificationStepSource" AS ENUM ('IMPORT', 'SELF_RECORDED');

-- CreateEnum
CREATE TYPE "CertificationImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Role" ADD VALUE 'EDUCATION_SERVICES';
ALTER TYPE "Role" ADD VALUE 'CHANNEL_SERVICES';

-- AlterTable
ALTER TABLE "AwardCase" ADD COLUMN     "awardEmailSentById" TEXT,
ADD COLUMN     "communityAccessGrantedById" TEXT,
ADD COLUMN     "firstCompanyCertification" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "profileUpdatedById" TEXT;

-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "countsTowardPsp" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "meetsNfrCheck" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CompanyCertification" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CtpTracking" ADD COLUMN     "lockedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EarnedCertification" ADD COLUMN     "badgeToken" TEXT,
ADD COLUMN     "expiryNotifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CertificationStep" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "certificationId" TEXT NOT NULL,
    "step" "CertificationStepKind" NOT NULL,
    "score" INTEGER,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "source" "CertificationStepSource" NOT NULL,
    "externalId" TEXT,
    "certificateFileId" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "CertificationImportStatus" NOT NULL DEFAULT 'QUEUED',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "importedRows" INTEGER NOT NULL DEFAULT 0,
    "skippedRows" INTEGER NOT NULL DEFAULT 0,
    "rejectedRows" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CertificationImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CtpTemplateItem" (
    "id" TEXT NOT NULL,
    "section" "CtpSectionKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "perCandidate" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CtpTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificationStep_externalId_key" ON "CertificationStep"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "CertificationStep_certificateFileId_key" ON "CertificationStep"("certificateFileId");

-- CreateIndex
CREATE INDEX "CertificationStep_partnerId_idx" ON "CertificationStep"("partnerId");

-- CreateIndex
CREATE INDEX "CertificationStep_source_verifiedAt_idx" ON "CertificationStep"("source", "verifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CertificationStep_userId_certificationId_step_key" ON "CertificationStep"("userId", "certificationId", "step");

-- CreateIndex
CREATE INDEX "CertificationImport_createdAt_idx" ON "CertificationImport"("createdAt");

-- CreateIndex
CREATE INDEX "CtpTemplateItem_section_position_idx" ON "CtpTemplateItem"("section", "position");

-- AddForeignKey
ALTER TABLE "CertificationStep" ADD CONSTRAINT "CertificationStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStep" ADD CONSTRAINT "CertificationStep_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStep" ADD CONSTRAINT "CertificationStep_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStep" ADD CONSTRAINT "CertificationStep_certificateFileId_fkey" FOREIGN KEY ("certificateFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationImport" ADD CONSTRAINT "CertificationImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A badge's verification link is unique; a certification is issued once per person and issue date.
CREATE UNIQUE INDEX "EarnedCertification_badgeToken_key" ON "EarnedCertification"("badgeToken");
CREATE UNIQUE INDEX "EarnedCertification_userId_certificationId_issuedAt_key" ON "EarnedCertification"("userId", "certificationId", "issuedAt");
