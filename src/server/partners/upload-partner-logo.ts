import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { detectImageContentType } from "@/server/storage/detect-content-type";
import { getFileStorage } from "@/server/storage/file-storage";
import { lockPartner } from "@/server/partners/lock-partner";
import type { TUploadPartnerLogo } from "@/server/partners/schemas";
import { LOGO_TOO_LARGE_MESSAGE, MAX_LOGO_BYTES } from "@/lib/partner-company";
import { withoutControlCharacters } from "@/lib/control-characters";

/** A file name safe to keep and to show: no folders, no control characters, not too long. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = withoutControlCharacters(base).trim().slice(0, 200);
  return cleaned || "logo";
}

/**
 * A partner admin replaces the company logo. The type comes from the file's bytes (PNG, JPEG, WebP or GIF; SVG is
 * refused because it can carry scripts) and the size is checked here, whatever the browser said.
 *
 * The new file is written before the transaction, so a committed row never points at missing bytes; if the
 * transaction fails, the new file is removed again. The old logo's row goes in the same transaction and its bytes
 * only after the commit, so a failure never leaves the company pointing at a deleted file. If that last delete
 * fails, the bytes stay behind unreferenced (and unservable, since the route reads only files with a row).
 */
export async function uploadPartnerLogo(actor: SessionUser, input: TUploadPartnerLogo, context: { ip: string }): Promise<{ fileId: string }> {
  const partnerId = ownPartnerId(actor);
  if (input.logo.size > MAX_LOGO_BYTES) {
    throw new AppError("VALIDATION", { field: "logo", message: LOGO_TOO_LARGE_MESSAGE });
  }
  const bytes = Buffer.from(await input.logo.arrayBuffer());
  if (bytes.length === 0) throw new AppError("VALIDATION", { field: "logo", message: "The file is empty." });
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new AppError("VALIDATION", { field: "logo", message: LOGO_TOO_LARGE_MESSAGE });
  }
  const contentType = detectImageContentType(bytes);
  if (!contentType) throw new AppError("VALIDATION", { field: "logo", message: "Upload a PNG, JPEG, WebP or GIF image (SVG is not accepted)." });

  const storage = getFileStorage();
  const storageKey = `partners/${partnerId}/logos/${randomUUID()}`;
  await storage.put(storageKey, bytes, { contentType });

  let result: { fileId: string; replacedKey: string | null };
  try {
    result = await prisma.$transaction(async (tx) => {
      // Two uploads at once would otherwise both read the same old logo and one new file would be left unreferenced.
      await lockPartner(tx, partnerId);
      const partner = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { logoFile: { select: { id: true, storageKey: true } } } });
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          contentType,
          sizeBytes: bytes.length,
          originalName: cleanFileName(input.logo.name),
          ownerPartnerId: partnerId,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await tx.partner.update({ where: { id: partnerId }, data: { logoFileId: file.id } });
      if (partner.logoFile) await tx.storedFile.delete({ where: { id: partner.logoFile.id } });
      await recordAuditEvent(tx, {
        actor,
        action: "partner.logo_uploaded",
        entityType: "Partner",
        entityId: partnerId,
        summary: `Company logo ${partner.logoFile ? "replaced" : "added"} (${contentType}, ${bytes.length} bytes)`,
        changes: { fileId: file.id, replacedFileId: partner.logoFile?.id ?? null },
        ip: context.ip,
      });
      return { fileId: file.id, replacedKey: partner.logoFile?.storageKey ?? null };
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanupError: unknown) => console.error("Could not remove an uploaded logo after a failed save", cleanupError));
    throw error;
  }
  if (result.replacedKey) {
    await storage.delete(result.replacedKey).catch((cleanupError: unknown) => console.error("Could not remove a replaced logo's bytes", cleanupError));
  }
  return { fileId: result.fileId };
}
