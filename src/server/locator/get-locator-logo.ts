import "server-only";
import { prisma } from "@/server/db";
import { getFileStorage } from "@/server/storage/file-storage";
import { LISTED_PARTNER_WHERE } from "@/server/locator/published-partner";

/**
 * An Authorized partner's logo and its bytes, for anyone; null for another partner's, a partner without a logo or an
 * unknown id. Only the logo: the partner's other files stay behind `/files/<id>` and its scope.
 */
export async function getLocatorLogo(partnerId: string) {
  const partner = await prisma.partner.findFirst({
    where: { id: partnerId, ...LISTED_PARTNER_WHERE },
    select: { logoFile: { select: { id: true, storageKey: true, contentType: true, sizeBytes: true } } },
  });
  const file = partner?.logoFile;
  if (!file) return null;
  const body = await getFileStorage().get(file.storageKey);
  return body ? { fileId: file.id, contentType: file.contentType, sizeBytes: file.sizeBytes, body } : null;
}
