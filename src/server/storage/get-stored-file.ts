import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { can, partnerScope, type SessionUser } from "@/server/auth/policy";
import { getFileStorage } from "@/server/storage/file-storage";

const storedFileSelect = {
  id: true,
  storageKey: true,
  contentType: true,
  sizeBytes: true,
  originalName: true,
} satisfies Prisma.StoredFileSelect;

/**
 * A stored file and its bytes, when the user may see the company that owns it; otherwise null, the same answer as
 * for a file that does not exist, so nobody learns which ids are real. Whoever verifies self-recorded certification
 * steps (Education Services) may also open the certificates attached to steps, and no other file of a company.
 */
export async function openStoredFile(user: SessionUser, fileId: string) {
  const ownedInScope: Prisma.StoredFileWhereInput = { ownerPartner: { is: partnerScope(user, "files.read") } };
  const file = await prisma.storedFile.findFirst({
    where: { id: fileId, OR: can(user, "certifications.verify") ? [ownedInScope, { certificationStep: { isNot: null } }] : [ownedInScope] },
    select: storedFileSelect,
  });
  if (!file) return null;
  const body = await getFileStorage().get(file.storageKey);
  if (!body) return null;
  return { ...file, body };
}
