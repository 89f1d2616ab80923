import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStorage } from "@/server/storage/file-storage";

/** Keys are made by the portal, never from a file's name: letters, digits, `-`, `_`, separated by `/`. */
const STORAGE_KEY_PATTERN = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

/** Files in a local directory, one file per key (the key's slashes become folders). */
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.pathFor(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside the target and renamed into place, so a reader never sees half a file.
    const partial = `${target}.${randomBytes(6).toString("hex")}.partial`;
    try {
      await writeFile(partial, body, { flag: "wx" });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const target = this.pathFor(key);
    let handle;
    try {
      handle = await open(target, "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    // The stream closes the handle when it ends or is cancelled.
    return Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathFor(key), { force: true });
  }
}
