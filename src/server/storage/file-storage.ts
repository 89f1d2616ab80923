import "server-only";
import path from "node:path";
import { LocalFileStorage } from "@/server/storage/local-file-storage";

/**
 * Where uploaded files' bytes live, by key. The database's StoredFile row holds what the portal knows about a file
 * (owner, type, size, name); the store holds only the bytes, so an S3-compatible store can take the local one's place.
 */
export interface FileStorage {
  /** Writes the whole object; a second put with the same key replaces it. */
  put(key: string, body: Buffer, metadata: { contentType: string }): Promise<void>;
  /** The object's bytes as a stream, or null when there is none under that key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * The configured store. `FILE_STORAGE=local` (the default) keeps files under `FILE_STORAGE_DIR`, which defaults to
 * `files/` in `PORTAL_DATA_DIR` (itself `.data` by default), beside the embedded database.
 */
export function getFileStorage(): FileStorage {
  const kind = process.env.FILE_STORAGE ?? "local";
  switch (kind) {
    case "local":
      return new LocalFileStorage(process.env.FILE_STORAGE_DIR ?? path.join(process.env.PORTAL_DATA_DIR ?? ".data", "files"));
    default:
      throw new Error(`FILE_STORAGE="${kind}" is not a known file store; use "local".`);
  }
}
