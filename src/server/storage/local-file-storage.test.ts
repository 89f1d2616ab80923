import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalFileStorage } from "./local-file-storage";
import { getFileStorage, type FileStorage } from "./file-storage";

let root: string;
let storage: FileStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "portal-files-"));
  storage = new LocalFileStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function read(stream: ReadableStream<Uint8Array> | null): Promise<string | null> {
  return stream ? Buffer.from(await new Response(stream).arrayBuffer()).toString() : null;
}

describe("LocalFileStorage", () => {
  it("puts, gets, replaces and deletes by key", async () => {
    await storage.put("partners/p1/logos/a", Buffer.from("first"), { contentType: "image/png" });
    expect(await read(await storage.get("partners/p1/logos/a"))).toBe("first");
    await storage.put("partners/p1/logos/a", Buffer.from("second"), { contentType: "image/png" });
    expect(await read(await storage.get("partners/p1/logos/a"))).toBe("second");
    await storage.delete("partners/p1/logos/a");
    expect(await storage.get("partners/p1/logos/a")).toBeNull();
    // No half-written files are left beside the real ones.
    expect(await readdir(path.join(root, "partners/p1/logos"))).toEqual([]);
  });

  it("answers null for a missing key and ignores deleting one", async () => {
    expect(await storage.get("nothing/here")).toBeNull();
    await expect(storage.delete("nothing/here")).resolves.toBeUndefined();
  });

  it("refuses keys that could leave its directory", async () => {
    for (const key of ["../escape", "a/../../b", "/absolute", "a//b", "with.dot", ""]) {
      await expect(storage.put(key, Buffer.from("x"), { contentType: "text/plain" })).rejects.toThrow(/Not a storage key/);
    }
  });

  it("is chosen by FILE_STORAGE and FILE_STORAGE_DIR", async () => {
    const saved = { kind: process.env.FILE_STORAGE, dir: process.env.FILE_STORAGE_DIR };
    try {
      process.env.FILE_STORAGE_DIR = root;
      delete process.env.FILE_STORAGE;
      await getFileStorage().put("configured/key", Buffer.from("hello"), { contentType: "text/plain" });
      expect(await read(await storage.get("configured/key"))).toBe("hello");
      process.env.FILE_STORAGE = "carrier-pigeon";
      expect(() => getFileStorage()).toThrow(/not a known file store/);
    } finally {
      if (saved.kind === undefined) delete process.env.FILE_STORAGE;
      else process.env.FILE_STORAGE = saved.kind;
      if (saved.dir === undefined) delete process.env.FILE_STORAGE_DIR;
      else process.env.FILE_STORAGE_DIR = saved.dir;
    }
  });
});
