-- CreateIndex
CREATE INDEX "NfrRequest_createdAt_id_idx" ON "NfrRequest"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Partner_phdRegion_id_idx" ON "Partner"("phdRegion", "id");
