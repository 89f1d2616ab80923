import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
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
 * for a file that does not exist, so nobody learns which ids are real.
 */
export async function openStoredFile(user: SessionUser, fileId: string) {
  const file = await prisma.storedFile.findFirst({
    where: { id: fileId, ownerPartner: { is: partnerScope(user, "files.read") } },
    select: storedFileSelect,
  });
  if (!file) return null;
  const body = await getFileStorage().get(file.storageKey);
  if (!body) return null;
  return { ...file, body };
}
