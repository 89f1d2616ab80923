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

  it("gives every earned certification a badge, some expired and some expiring within 60 days, notified once", async () => {
    const { rows } = await client.query<Record<string, number>>(
      `SELECT count(DISTINCT "badgeToken")::int AS badges,
              count(*) FILTER (WHERE "expiresAt" < now())::int AS expired,
              count(*) FILTER (WHERE "expiresAt" >= now() AND "expiresAt" < now() + interval '60 days')::int AS expiring,
              count(*) FILTER (WHERE "expiresAt" < now() + interval '60 days' AND "expiryNotifiedAt" IS NULL)::int AS unnotified
       FROM "EarnedCertification" WHERE id LIKE 'clg%'`,
    );
    const counts = rows[0]!;
    expect(counts.badges).toBe(300_000);
    expect(counts.expired).toBeGreaterThan(30_000);
    expect(counts.expiring).toBeGreaterThan(10_000);
    expect(counts.unnotified).toBe(0);
  });

  it("records the steps of a sample: complete, in progress, and self-recorded exams waiting for verification", async () => {
    const { rows } = await client.query<{ source: string; step: string; verified: boolean; count: number }>(
      `SELECT source, step, "verifiedAt" IS NOT NULL AS verified, count(*)::int AS count FROM "CertificationStep" WHERE id LIKE 'clg%'
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    const count = (source: string, step: string) => rows.find((row) => row.source === source && row.step === step)?.count ?? 0;
    expect(count("IMPORT", "TRAINING")).toBeGreaterThan(count("IMPORT", "EXAM"));
    expect(count("IMPORT", "EXAM")).toBeGreaterThan(5_000);
    expect(count("SELF_RECORDED", "EXAM")).toBeGreaterThan(1_000);
    expect(rows.filter((row) => row.source === "SELF_RECORDED").every((row) => !row.verified)).toBe(true);
  });

  it("awards company certifications with their cases, running and overdue ones in the demo CAM's book, and CTP trackings", async () => {
    const { rows: certifications } = await client.query<{ kind: string; published: boolean; count: number }>(
      `SELECT kind, "publishedAt" IS NOT NULL AS published, count(*)::int AS count FROM "CompanyCertification" WHERE id LIKE 'clg%' GROUP BY 1, 2`,
    );
    for (const kind of ["PSP", "CTP"]) {
      expect(certifications.find((row) => row.kind === kind && row.published)?.count, kind).toBeGreaterThan(100);
      expect(certifications.find((row) => row.kind === kind && !row.published)?.count, kind).toBeGreaterThan(5);
    }
    const { rows: cases } = await client.query<{ status: string; overdue: boolean; count: number }>(
      `SELECT a.status, a."dueAt" < now() AS overdue, count(*)::int AS count FROM "AwardCase" a JOIN "User" u ON u.id = a."camId"
       WHERE a.id LIKE 'clg%' AND u.email = 'cam@demo.test' GROUP BY 1, 2`,
    );
    const caseCount = (status: string, overdue: boolean) => cases.find((row) => row.status === status && row.overdue === overdue)?.count ?? 0;
    expect(caseCount("COMPLETED", true)).toBeGreaterThan(10);
    expect(caseCount("OPEN", false) + caseCount("EMAIL_SENT", false)).toBeGreaterThan(0);
    expect(caseCount("OPEN", true) + caseCount("EMAIL_SENT", true)).toBeGreaterThan(0);

    const { rows: trackings } = await client.query<{ status: string; demo: number; count: number; sections: number; items: number }>(
      `SELECT t.status, count(*) FILTER (WHERE t."invitedById" = (SELECT id FROM "User" WHERE email = 'cam@demo.test'))::int AS demo,
              count(*)::int AS count,
              sum((SELECT count(*) FROM "CtpSection" s WHERE s."trackingId" = t.id))::int AS sections,
              sum((SELECT count(*) FROM "CtpItem" i JOIN "CtpSection" s ON s.id = i."sectionId" WHERE s."trackingId" = t.id))::int AS items
       FROM "CtpTracking" t WHERE t.id LIKE 'clg%' GROUP BY 1`,
    );
    expect(trackings.map((row) => row.status).sort()).toEqual(["ACTIVE", "COMPLETE", "LOCKED"]);
    for (const row of trackings) expect(row.sections, row.status).toBe(5 * row.count);
    expect(trackings.reduce((sum, row) => sum + row.demo, 0)).toBeGreaterThan(10);
    expect(trackings.reduce((sum, row) => sum + row.items, 0)).toBeGreaterThan(5_000);
  });

  it("holds NFR licenses within every partner's cap, some exactly at it, with requests of every status at every desk", async () => {
    const { rows: holders } = await client.query<{ tier: string; cap: number; held: number }>(
      `SELECT p.tier, CASE p.tier WHEN 'SELECT' THEN 25 ELSE 10 END AS cap,
              count(*) FILTER (WHERE l.status = 'ACTIVE' AND l."expiresOn" >= current_date)::int AS held
       FROM "NfrLicense" l JOIN "Partner" p ON p.id = l."partnerId" WHERE l.id LIKE 'clg%' GROUP BY p.id, p.tier`,
    );
    expect(holders.length).toBeGreaterThan(5_000);
    expect(holders.filter((row) => row.held > row.cap)).toEqual([]);
    for (const tier of ["OPEN", "SELECT"]) expect(holders.filter((row) => row.tier === tier && row.held === row.cap).length, tier).toBeGreaterThan(50);

    const { rows: statuses } = await client.query<{ status: string; count: number }>(
      `SELECT status, count(*)::int AS count FROM "NfrLicense" WHERE id LIKE 'clg%' GROUP BY 1`,
    );
    expect(statuses.map((row) => row.status).sort()).toEqual(["ACTIVE", "EXPIRED", "RENEWED", "REVOKED"]);
    const { rows: expiring } = await client.query<{ count: number; unnotified: number }>(
      `SELECT count(*)::int AS count, count(*) FILTER (WHERE "expiryNotifiedAt" IS NULL)::int AS unnotified FROM "NfrLicense"
       WHERE id LIKE 'clg%' AND status = 'ACTIVE' AND "expiresOn" BETWEEN current_date AND current_date + 30`,
    );
    expect(expiring[0]!.count).toBeGreaterThan(1_000);
    expect(expiring[0]!.unnotified).toBe(0);

    const { rows: requests } = await client.query<{ region: string; status: string; count: number }>(
      `SELECT p."phdRegion" AS region, r.status, count(*)::int AS count FROM "NfrRequest" r JOIN "Partner" p ON p.id = r."partnerId"
       WHERE r.id LIKE 'clg%' GROUP BY 1, 2`,
    );
    expect(requests.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(4_000);
    for (const region of ["AMER", "EMEA", "APAC"]) {
      for (const status of ["SUBMITTED", "INFO_REQUESTED", "APPROVED", "REJECTED"]) {
        expect(requests.find((row) => row.region === region && row.status === status)?.count, `${region} ${status}`).toBeGreaterThan(50);
      }
    }
    const { rows: approved } = await client.query<{ unlicensed: number; renewals: number }>(
      `SELECT count(*) FILTER (WHERE r.status = 'APPROVED' AND l.id IS NULL)::int AS unlicensed,
              count(*) FILTER (WHERE r."renewsLicenseId" IS NOT NULL AND r.status IN ('SUBMITTED', 'INFO_REQUESTED'))::int AS renewals
       FROM "NfrRequest" r LEFT JOIN "NfrLicense" l ON l."requestId" = r.id WHERE r.id LIKE 'clg%'`,
    );
    expect(approved[0]).toEqual({ unlicensed: 0, renewals: expect.any(Number) });
    expect(approved[0]!.renewals).toBeGreaterThan(100);
  });

  it("invoices the active and exhausted SOWs month by month, and keeps their burn sums with the rows they summarise", async () => {
    const { rows: invoices } = await client.query<{ status: string; count: number; unbilled: number }>(
      `SELECT i.status, count(*)::int AS count,
              count(*) FILTER (WHERE i."timeAmountCents" <> (SELECT coalesce(sum(round(t.minutes * w."hourlyRateCents" / 60.0)), 0)
                                                            FROM "TimeEntry" t JOIN "WorkAuthorization" w ON w.id = t."workAuthorizationId"
                                                            WHERE t."invoiceId" = i.id))::int AS unbilled
       FROM "Invoice" i WHERE i.id LIKE 'clg%' GROUP BY 1`,
    );
    expect(invoices.map((row) => row.status).sort()).toEqual(["APPROVED", "PAID", "SUBMITTED"]);
    expect(invoices.reduce((sum, row) => sum + row.count, 0)).toBeGreaterThan(1_000);
    expect(invoices.every((row) => row.unbilled === 0)).toBe(true);

    const { rows: sums } = await client.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE s."authorizedCents" <> coalesce((SELECT sum(w."amountCents") FROM "WorkAuthorization" w
                                                                      WHERE w."sowId" = s.id AND w.status <> 'CANCELLED'), 0))::int AS "wrongAuthorized",
              count(*) FILTER (WHERE s."invoicedCents" <> coalesce((SELECT sum(i."timeAmountCents" + i."expenseAmountCents") FROM "Invoice" i
                                                                    WHERE i."sowId" = s.id AND i.status IN ('APPROVED', 'PAID')), 0))::int AS "wrongInvoiced",
              count(*) FILTER (WHERE s.status = 'ACTIVE' AND s."invoicedCents" > 0)::int AS "activeInvoiced",
              count(*) FILTER (WHERE s."authorizedCents" > s."amountCents")::int AS "overAuthorized",
              (SELECT sum("loggedMinutes") FROM "SowMonth" WHERE "sowId" LIKE 'clg%')::bigint - (SELECT sum(minutes) FROM "TimeEntry" WHERE id LIKE 'clg%')::bigint AS "minutesOff",
              (SELECT sum("minutesLogged") FROM "WorkAuthorization" WHERE id LIKE 'clg%')::bigint - (SELECT sum(minutes) FROM "TimeEntry" WHERE id LIKE 'clg%')::bigint AS "loggedOff"
       FROM "PrimeSow" s WHERE s.id LIKE 'clg%'`,
    );
    expect(sums[0]).toEqual({ wrongAuthorized: 0, wrongInvoiced: 0, activeInvoiced: expect.any(Number), overAuthorized: 0, minutesOff: "0", loggedOff: "0" });
    expect(sums[0]!.activeInvoiced).toBeGreaterThan(500);
  });

  it("lets the database number the NFR licenses, so the next one the portal issues takes a free number", async () => {
    const { rows } = await client.query<{ highest: number; next: number; numbered: number }>(
      `SELECT max(substr("referenceNumber", 5)::int)::int AS highest, count(*) FILTER (WHERE "referenceNumber" ~ '^NFR-[0-9]{7}$')::int AS numbered,
              (SELECT last_value FROM nfr_license_reference_seq)::int AS next FROM "NfrLicense"`,
    );
    const { rows: total } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "NfrLicense"`);
    expect(rows[0]!.numbered).toBe(total[0]!.count);
    expect(rows[0]!.next).toBeGreaterThanOrEqual(rows[0]!.highest);
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
