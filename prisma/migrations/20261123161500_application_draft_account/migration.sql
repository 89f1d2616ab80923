-- AlterTable
ALTER TABLE "ApplicationDraft" ADD COLUMN     "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "passwordHash" TEXT;
ALTER TABLE "ApplicationDraft" ALTER COLUMN "email" DROP NOT NULL;
