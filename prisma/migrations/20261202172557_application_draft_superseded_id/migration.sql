-- AlterTable
ALTER TABLE "ApplicationDraft" ADD COLUMN     "supersededId" TEXT;

-- CreateIndex
CREATE INDEX "ApplicationDraft_supersededId_idx" ON "ApplicationDraft"("supersededId");
