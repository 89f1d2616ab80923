-- CreateIndex
CREATE INDEX "Partner_subcontractRelationship_idx" ON "Partner"("subcontractRelationship");
