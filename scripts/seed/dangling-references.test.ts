import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDanglingReferences } from "./dangling-references";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(() => client.connect());
afterAll(() => client.end());

describe("findDanglingReferences", () => {
  it("finds nothing in a database whose keys all point at rows", async () => {
    expect(await findDanglingReferences(client)).toEqual([]);
  });

  it("reports each foreign key that rows point past, with the number of rows, as the skipped triggers would have refused them", async () => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL session_replication_role = replica");
      for (const n of [1, 2]) {
        await client.query(
          `INSERT INTO "User" (id, email, name, role, "partnerId", "createdAt", "updatedAt")
           VALUES ($1, $2, 'Orphan', 'PARTNER_USER', 'no-such-partner', now(), now())`,
          [`orphan-${n}`, `orphan-${n}@example.test`],
        );
      }
      // A null key points at nothing and is no error.
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "createdAt", "updatedAt") VALUES ('loner', 'loner@example.test', 'Loner', 'CAM', now(), now())`,
      );
      expect(await findDanglingReferences(client)).toEqual([{ constraint: "User_partnerId_fkey", table: "User", rows: 2 }]);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
