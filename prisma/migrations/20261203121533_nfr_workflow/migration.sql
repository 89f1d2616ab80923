-- License reference numbers (NFR-0000001, …), in the order licenses are created.
CREATE SEQUENCE "nfr_license_reference_seq";

-- AlterEnum
ALTER TYPE "NfrLicenseStatus" ADD VALUE 'RENEWED';

-- AlterTable
ALTER TABLE "NfrLicense" ADD COLUMN     "expiryNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "revocationReason" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "revokedById" TEXT,
ALTER COLUMN "referenceNumber" SET DEFAULT ('NFR-'::text || lpad((nextval('nfr_license_reference_seq'::regclass))::text, 7, '0'::text));

-- AlterTable
ALTER TABLE "NfrRequest" ADD COLUMN     "infoAnsweredAt" TIMESTAMP(3),
ADD COLUMN     "infoRequestedAt" TIMESTAMP(3),
ADD COLUMN     "infoResponse" TEXT,
ADD COLUMN     "renewsLicenseId" TEXT;

-- AddForeignKey
ALTER TABLE "NfrRequest" ADD CONSTRAINT "NfrRequest_renewsLicenseId_fkey" FOREIGN KEY ("renewsLicenseId") REFERENCES "NfrLicense"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrLicense" ADD CONSTRAINT "NfrLicense_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
