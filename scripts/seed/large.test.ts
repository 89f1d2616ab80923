import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/create-prisma-client";
import { findDanglingReferences } from "./dangling-references";
import { seedDemoData } from "./demo";
import { LARGE_VOLUMES, seedLargeData } from "./large";

// The whole benchmark dataset, once: about half a minute on the 2-core machine.
const databaseUrl = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: databaseUrl });
const log: string[] = [];
let firstRun: { created: boolean };

beforeAll(async () => {
  const prisma = createPrismaClient(databaseUrl);
  await seedDemoData(prisma, { password: "demo-password-123" });
  await prisma.$disconnect();
  firstRun = await seedLargeData(databaseUrl, { log: (line) => log.push(line) });
  await client.connect();
}, 300_000);

afterAll(() => client.end());

async function countLarge(table: string): Promise<number> {
  // Large-seed ids start with "clg"; the demo data's are Prisma's own cuids.
  const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}" WHERE id LIKE 'clg%'`);
  return rows[0]!.count;
}

describe("seedLargeData", () => {
  it("makes the benchmark volumes the issue asks for", async () => {
    const v = LARGE_VOLUMES;
    expect(firstRun.created).toBe(true);
    expect(await countLarge("Partner")).toBe(v.partners);
    expect(await countLarge("User")).toBe(v.partners * v.usersPerPartner + 4 * v.camsPerRegion);
    expect(await countLarge("EarnedCertification")).toBe(300_000);
    expect(await countLarge("NfrLicense")).toBe(50_000);
    expect(await countLarge("PrimeSow")).toBe(2_000);
    expect(await countLarge("WorkAuthorization")).toBe(20_000);
    expect(await countLarge("TimeEntry")).toBe(500_000);
    expect(await countLarge("Referral")).toBe(50_000);
  });

  it("leaves no row pointing at a missing one, though it skipped the foreign-key triggers, and says it checked", async () => {
    expect(log.some((line) => line.includes("Foreign keys checked"))).toBe(true);
    expect(await findDanglingReferences(client)).toEqual([]);
  });

  it("adds nothing when run again", async () => {
    const before = await countLarge("Partner");
    expect(await seedLargeData(databaseUrl)).toEqual({ created: false });
    expect(await countLarge("Partner")).toBe(before);
  });
});
