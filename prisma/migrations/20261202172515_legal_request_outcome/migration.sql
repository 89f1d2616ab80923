-- AlterEnum
ALTER TYPE "LegalRequestStatus" ADD VALUE 'DECLINED';

-- AlterTable
ALTER TABLE "LegalRequest" ADD COLUMN     "declineReason" TEXT,
ADD COLUMN     "exception" TEXT,
ADD COLUMN     "negotiatedVersion" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3);
