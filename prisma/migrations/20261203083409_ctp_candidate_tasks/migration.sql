-- AlterTable
ALTER TABLE "CtpTracking" ADD COLUMN     "candidateTaskTitles" TEXT[] DEFAULT ARRAY[]::TEXT[];
