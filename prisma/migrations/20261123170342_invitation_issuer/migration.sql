-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "issuedById" TEXT;

-- CreateIndex
CREATE INDEX "OneTimeToken_issuedById_idx" ON "OneTimeToken"("issuedById");

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
