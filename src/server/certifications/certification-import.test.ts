import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { startCertificationImport } from "./start-certification-import";
import { runCertificationImport } from "./run-certification-import";
import { HEADER_MESSAGE, NOT_CSV_MESSAGE } from "./completions-file";
import { IMPORT_TOO_LARGE_MESSAGE } from "@/lib/certifications";
import { makePartner, makeUser } from "../../../tests/factories";

const now = new Date("2026-12-01T12:00:00Z");
const HEADER = "email,certification code,step,score,completed date,external id";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function setup() {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const partner = await makePartner();
  const [alice, bob, carol] = await Promise.all(
    ["alice", "bob", "carol"].map((name) => makeUser("PARTNER_USER", { partnerId: partner.id, email: `${name}-${tag}@import.example`.toLowerCase() })),
  );
  const cam = await makeUser("CAM", { region: "AMER" });
  const education = await makeUser("EDUCATION_SERVICES");
  const code = `PSE-${tag}`;
  const certification = await prisma.certification.create({ data: { code, name: `PSE ${tag}`, passingScore: 80, validityMonths: 24, countsTowardPsp: true } });
  return { tag, partner, alice, bob, carol, cam, education, code, certification };
}

async function importText(actor: SessionUser, text: string, name = "completions.csv") {
  const { importId } = await startCertificationImport(actor, { file: new File([text], name, { type: "text/csv" }) }, { ip: "127.0.0.1" });
  await runCertificationImport(importId, now);
  return prisma.certificationImport.findUniqueOrThrow({ where: { id: importId } });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).message;
}

describe("the completions import", () => {
  it("imports the valid rows, reports each bad one with its row and message, and issues certifications", async () => {
    const { alice, bob, carol, cam, education, code, tag, certification } = await setup();
    const rows = [
      HEADER,
      `${alice.email},${code},training,,2026-10-01,${tag}-1`,
      `${alice.email},${code},lab,,2026-10-05,${tag}-2`,
      `${alice.email},${code},exam,92,2026-10-10,${tag}-3`,
      `nobody-${tag}@nowhere.example,${code},training,,2026-10-01,${tag}-4`,
      `${cam.email},${code},training,,2026-10-01,${tag}-5`,
      `${bob.email},NOPE-${tag},training,,2026-10-01,${tag}-6`,
      `${bob.email},${code},workshop,,2026-10-01,${tag}-7`,
      `${bob.email},${code},exam,,2026-10-01,${tag}-8`,
      `${bob.email},${code},exam,eighty,2026-10-01,${tag}-9`,
      `${bob.email},${code},exam,79,2026-10-01,${tag}-10`,
      `${bob.email},${code},lab,,01/10/2026,${tag}-11`,
      `${bob.email},${code},lab,,2026-12-24,${tag}-12`,
      `${bob.email},${code},lab,,2026-10-01,`,
      `${carol.email},${code},training,,2026-10-01,${tag}-1`,
      `${alice.email},${code},training,,2026-10-01,${tag}-13`,
      `${carol.email},${code},training,,2026-10-01,${tag}-14,extra`,
      `${carol.email},${code},lab,,2026-10-02,${tag}-15`,
    ].join("\n");
    const result = await importText(education, rows);
    expect(result).toMatchObject({ status: "COMPLETED", totalRows: 17, processedRows: 17, importedRows: 4, skippedRows: 0 });
    const report = result.rejectedRows as { row: number; message: string }[];
    expect(report.map((entry) => entry.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    const messages = Object.fromEntries(report.map((entry) => [entry.row, entry.message]));
    expect(messages[5]).toMatch(/is not a partner user/);
    expect(messages[6]).toMatch(/is not a partner user/);
    expect(messages[7]).toMatch(/is not a certification code/);
    expect(messages[8]).toMatch(/training, lab or exam/);
    expect(messages[9]).toBe("An exam needs its score.");
    expect(messages[10]).toMatch(/whole number/);
    expect(messages[11]).toMatch(/below the passing score of 80/);
    expect(messages[12]).toMatch(/YYYY-MM-DD/);
    expect(messages[13]).toMatch(/in the future/);
    expect(messages[14]).toBe("The external id is missing.");
    expect(messages[15]).toMatch(/also on row 2/);
    expect(messages[16]).toMatch(/Duplicate of row 2/);
    expect(messages[17]).toMatch(/Expected 6 columns/);

    const earned = await prisma.earnedCertification.findMany({ where: { certificationId: certification.id } });
    expect(earned.map((row) => ({ userId: row.userId, score: row.score, issuedAt: row.issuedAt }))).toEqual([
      { userId: alice.id, score: 92, issuedAt: new Date("2026-10-10T00:00:00Z") },
    ]);
    expect(await prisma.certificationStep.count({ where: { userId: carol.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "certification.import_completed", entityId: result.id } })).toBe(1);
  });

  it("is idempotent by external id: the same file again imports nothing and skips every row", async () => {
    const { alice, education, code, tag } = await setup();
    const text = [HEADER, `${alice.email},${code},training,,2026-10-01,${tag}-a`, `${alice.email},${code},lab,,2026-10-02,${tag}-b`].join("\r\n");
    expect(await importText(education, text)).toMatchObject({ importedRows: 2, skippedRows: 0 });
    const steps = await prisma.certificationStep.findMany({ where: { userId: alice.id }, orderBy: { step: "asc" } });
    expect(await importText(education, text)).toMatchObject({ status: "COMPLETED", importedRows: 0, skippedRows: 2 });
    expect(await prisma.certificationStep.findMany({ where: { userId: alice.id }, orderBy: { step: "asc" } })).toEqual(steps);
  });

  it("writes nothing when one write fails: the import fails whole", async () => {
    const { alice, bob, education, code, tag } = await setup();
    // A database refusal on the second row's write, after the first row's write went through in the same transaction.
    await prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_step() RETURNS trigger AS $$
      BEGIN IF NEW."externalId" = '${tag}-boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_step BEFORE INSERT ON "CertificationStep" FOR EACH ROW EXECUTE FUNCTION refuse_step()`);
    try {
      const text = [HEADER, `${alice.email},${code},training,,2026-10-01,${tag}-ok`, `${bob.email},${code},training,,2026-10-01,${tag}-boom`].join("\n");
      const result = await importText(education, text);
      expect(result.status).toBe("FAILED");
      expect(result.error).toMatch(/nothing was imported/);
      expect(await prisma.certificationStep.count({ where: { userId: { in: [alice.id, bob.id] } } })).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_step ON "CertificationStep"`);
    }
  });

  it("refuses a non-CSV file, a wrong header, an empty file and a 10 MB file at upload, creating no import", async () => {
    const { education, code, alice, tag } = await setup();
    const before = await prisma.certificationImport.count();
    expect(await refusal(startCertificationImport(education, { file: new File([PNG], "completions.csv") }, { ip: "127.0.0.1" }))).toBe(NOT_CSV_MESSAGE);
    expect(await refusal(startCertificationImport(education, { file: new File(["name,score\nA,1"], "x.csv") }, { ip: "127.0.0.1" }))).toBe(HEADER_MESSAGE);
    expect(await refusal(startCertificationImport(education, { file: new File([""], "x.csv") }, { ip: "127.0.0.1" }))).toBe("The file is empty.");
    const row = `${alice.email},${code},training,,2026-10-01,${tag}-big\n`;
    const tenMegabytes = HEADER + "\n" + row.repeat(Math.ceil((10 * 1024 * 1024) / row.length));
    expect(await refusal(startCertificationImport(education, { file: new File([tenMegabytes], "big.csv") }, { ip: "127.0.0.1" }))).toBe(
      IMPORT_TOO_LARGE_MESSAGE,
    );
    expect(await prisma.certificationImport.count()).toBe(before);
  });

  it("opens one PSP case when an import takes the partner to the threshold", async () => {
    const { partner, alice, bob, carol, education, code, tag } = await setup();
    const lines = [HEADER];
    [alice, bob, carol].forEach((person, index) => {
      lines.push(`${person.email},${code},training,,2026-09-01,${tag}-t${index}`, `${person.email},${code},lab,,2026-09-02,${tag}-l${index}`);
      lines.push(`${person.email},${code},exam,85,2026-09-03,${tag}-e${index}`);
    });
    expect(await importText(education, lines.join("\n"))).toMatchObject({ importedRows: 9 });
    expect(await prisma.earnedCertification.count({ where: { partnerId: partner.id } })).toBe(3);
    expect(await prisma.awardCase.count({ where: { partnerId: partner.id, kind: "PSP" } })).toBe(1);
  });
});
