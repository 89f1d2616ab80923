import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { getFileStorage } from "@/server/storage/file-storage";
import { MAX_SOW_DOCUMENT_BYTES, SOW_DOCUMENT_TOO_LARGE_MESSAGE } from "@/lib/sow-documents";
import { withoutControlCharacters } from "@/lib/control-characters";

export interface CheckedUpload {
  bytes: Buffer;
  contentType: string;
  originalName: string;
}

/** The uploaded file's bytes, refused beside `field` when empty, too large or not of a type `detect` recognises. */
export async function checkUpload(
  file: File,
  field: string,
  detect: (bytes: Uint8Array, fileName: string) => string | null,
  typesMessage: string,
): Promise<CheckedUpload> {
  if (file.size > MAX_SOW_DOCUMENT_BYTES) throw new AppError("VALIDATION", { field, message: SOW_DOCUMENT_TOO_LARGE_MESSAGE });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw new AppError("VALIDATION", { field, message: "The file is empty." });
  if (bytes.length > MAX_SOW_DOCUMENT_BYTES) throw new AppError("VALIDATION", { field, message: SOW_DOCUMENT_TOO_LARGE_MESSAGE });
  const contentType = detect(bytes, file.name);
  if (!contentType) throw new AppError("VALIDATION", { field, message: typesMessage });
  const base = file.name.split(/[\\/]/).pop() ?? "";
  return { bytes, contentType, originalName: withoutControlCharacters(base).trim().slice(0, 200) || "document" };
}

/**
 * Writes the upload's bytes, then runs `save` (which creates the StoredFile row in its transaction). The bytes go
 * first so a committed row never points at missing bytes; when `save` fails they are removed again, so a refusal
 * leaves nothing behind.
 */
export async function withStoredUpload<T>(
  upload: CheckedUpload,
  partnerId: string,
  folder: string,
  save: (file: { storageKey: string; createFile: (tx: Tx, uploadedById: string) => Promise<{ id: string }> }) => Promise<T>,
): Promise<T> {
  const storage = getFileStorage();
  const storageKey = `partners/${partnerId}/${folder}/${randomUUID()}`;
  await storage.put(storageKey, upload.bytes, { contentType: upload.contentType });
  const createFile = (tx: Tx, uploadedById: string) =>
    tx.storedFile.create({
      data: {
        storageKey,
        contentType: upload.contentType,
        sizeBytes: upload.bytes.length,
        originalName: upload.originalName,
        ownerPartnerId: partnerId,
        uploadedById,
      },
      select: { id: true },
    });
  try {
    return await save({ storageKey, createFile });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanupError: unknown) => console.error("Could not remove an uploaded file after a failed save", cleanupError));
    throw error;
  }
}
