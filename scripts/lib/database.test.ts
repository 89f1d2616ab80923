import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startDatabase, withServerClient } from "./database";

describe("startDatabase (embedded)", () => {
  it("picks another port when the preferred one is taken, and stops cleanly", async () => {
    const blocker = createServer();
    const busyPort = await new Promise<number>((resolve) => blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as { port: number }).port)));
    const dataDir = mkdtempSync(path.join(tmpdir(), "portal-db-"));
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const database = await startDatabase({ dataDir, preferredPort: busyPort });
      try {
        expect(database.embedded).toBe(true);
        expect(new URL(database.serverUrl).port).not.toBe(String(busyPort));
        const names = await withServerClient(database.serverUrl, async (client) =>
          (await client.query("SELECT datname FROM pg_database")).rows.map((row) => row.datname),
        );
        expect(names).toContain("portal");
      } finally {
        await database.stop();
      }
    } finally {
      process.env.DATABASE_URL = saved;
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
