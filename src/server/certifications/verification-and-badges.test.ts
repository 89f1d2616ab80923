import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, subDays } from "date-fns";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordCompletedStep } from "./issue-certification";
import { recordCertificationStep } from "./record-certification-step";
import { verifyExamPass } from "./verify-exam-pass";
import { listPendingExamPasses } from "./list-pending-exam-passes";
import { rejectExamPass } from "./reject-exam-pass";
import { notifyExpiringCertifications } from "./notify-expiring-certifications";
import { buildAssertion, getBadge, getBadgeClass } from "./get-badge";
import { PgBoss } from "pg-boss";
import { QUEUES } from "@/server/jobs/queues";
import { startWorker, type Worker } from "@/server/worker/start-worker";
import { makePartner, makeUser } from "../../../tests/factories";
import { eventually } from "../../../tests/support/smtp";

const now = new Date("2026-12-01T12:00:00Z");
const PDF = Buffer.from("%PDF-1.4\n%%EOF\n");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
let filesDir: string;

beforeAll(() => {
  filesDir = mkdtempSync(path.join(tmpdir(), "portal-certificates-"));
  process.env.FILE_STORAGE_DIR = filesDir;
});
afterAll(() => {
  delete process.env.FILE_STORAGE_DIR;
  rmSync(filesDir, { recursive: true, force: true });
});

async function setup(validityMonths: number | null = 24) {
  const tag = Math.random().toString(36).slice(2, 8).toUpperCase();
  const partner = await makePartner();
  const person = await makeUser("PARTNER_USER", { partnerId: partner.id });
  const education = await makeUser("EDUCATION_SERVICES");
  const certification = await prisma.certification.create({ data: { code: `C-${tag}`, name: `Cert ${tag}`, passingScore: 80, validityMonths } });
  return { partner, person, education, certification };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const certificate = (bytes: Buffer, name = "certificate.pdf") => new File([new Uint8Array(bytes)], name);

describe("a partner user's self-recorded steps", () => {
  it("refuses an exam below the passing score, a file that is neither PDF nor PNG, and a future date, storing nothing", async () => {
    const { person, certification } = await setup();
    const input = { certificationId: certification.id, step: "EXAM" as const, score: 79, completedOn: subDays(now, 1), certificate: certificate(PDF) };
    expect((await refusal(recordCertificationStep(person, input, { ip: "127.0.0.1" }, now))).message).toMatch(/below the passing score of 80/);
    expect(
      (await refusal(recordCertificationStep(person, { ...input, score: 90, certificate: certificate(Buffer.from("GIF89a....")) }, { ip: "127.0.0.1" }, now)))
        .field,
    ).toBe("certificate");
    expect((await refusal(recordCertificationStep(person, { ...input, score: 90, completedOn: addDays(now, 1) }, { ip: "127.0.0.1" }, now))).field).toBe(
      "completedOn",
    );
    expect(await prisma.certificationStep.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { uploadedById: person.id } })).toBe(0);
  });

  it("records an exam pass unverified; Education Services verifies it and the certification is issued", async () => {
    const { partner, person, education, certification } = await setup();
    await prisma.$transaction(async (tx) => {
      for (const step of ["TRAINING", "LAB"] as const) {
        await recordCompletedStep(
          tx,
          { userId: person.id, partnerId: partner.id, certificationId: certification.id, step, score: null, completedAt: subDays(now, 5), source: "IMPORT" },
          now,
        );
      }
    });
    const recorded = await recordCertificationStep(
      person,
      { certificationId: certification.id, step: "EXAM", score: 88, completedOn: subDays(now, 1), certificate: certificate(PNG, "exam.png") },
      { ip: "127.0.0.1" },
      now,
    );
    expect(recorded).toMatchObject({ step: "EXAM", issued: false });
    const exam = await prisma.certificationStep.findFirstOrThrow({ where: { userId: person.id, step: "EXAM" }, include: { certificateFile: true } });
    expect(exam).toMatchObject({ source: "SELF_RECORDED", verifiedAt: null, score: 88 });
    expect(exam.certificateFile).toMatchObject({ contentType: "image/png", ownerPartnerId: partner.id });
    const waiting = await listPendingExamPasses();
    expect(waiting.passes.find((pass) => pass.id === exam.id)).toEqual({
      id: exam.id,
      score: 88,
      completedAt: exam.completedAt,
      createdAt: exam.createdAt,
      certificateFileId: exam.certificateFileId,
      user: { name: person.name, email: person.email },
      partner: { legalName: partner.legalName },
      certification: { name: certification.name, passingScore: 80 },
    });
    expect(waiting.total).toBeGreaterThanOrEqual(1);

    expect(await verifyExamPass(education, { stepId: exam.id }, { ip: "127.0.0.1" }, now)).toMatchObject({ issued: true });
    expect(await prisma.earnedCertification.count({ where: { userId: person.id, certificationId: certification.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: person.id, type: "certification.exam_verified" } })).toBe(1);
    expect((await listPendingExamPasses()).passes.map((pass) => pass.id)).not.toContain(exam.id);
    expect((await refusal(verifyExamPass(education, { stepId: exam.id }, { ip: "127.0.0.1" }, now))).message).toBe("This exam pass was already decided.");
  });

  it("rejects with a reason: the step and its certificate go, the person is told why", async () => {
    const { person, education, certification } = await setup();
    await recordCertificationStep(
      person,
      { certificationId: certification.id, step: "EXAM", score: 95, completedOn: subDays(now, 1), certificate: certificate(PDF) },
      { ip: "127.0.0.1" },
      now,
    );
    const exam = await prisma.certificationStep.findFirstOrThrow({ where: { userId: person.id, step: "EXAM" } });
    await rejectExamPass(education, { stepId: exam.id, reason: "The certificate is for another exam." }, { ip: "127.0.0.1" });
    expect(await prisma.certificationStep.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { id: exam.certificateFileId! } })).toBe(0);
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: person.id, type: "certification.exam_rejected" } });
    expect(notice.body).toContain("The certificate is for another exam.");
    expect(await prisma.auditEvent.count({ where: { action: "certification.exam_rejected", entityId: exam.id } })).toBe(1);
  });
});

async function earn(personId: string, partnerId: string, certificationId: string, issuedDaysAgo: number, today = now) {
  await prisma.$transaction(async (tx) => {
    for (const step of ["TRAINING", "LAB", "EXAM"] as const) {
      await recordCompletedStep(
        tx,
        {
          userId: personId,
          partnerId,
          certificationId,
          step,
          score: step === "EXAM" ? 90 : null,
          completedAt: subDays(today, issuedDaysAgo),
          source: "IMPORT",
          verifiedAt: today,
        },
        today,
      );
    }
  });
  return prisma.earnedCertification.findFirstOrThrow({ where: { userId: personId, certificationId } });
}

describe("badges as Open Badges 2.0", () => {
  it("an assertion with a hashed recipient, its BadgeClass and issuer URLs; an expired badge says so by its expiry", async () => {
    const { partner, person, certification } = await setup(12);
    const earned = await earn(person.id, partner.id, certification.id, 10);
    const badge = (await getBadge(earned.badgeToken!, now))!;
    expect(badge).toMatchObject({ valid: true, user: { name: person.name }, partner: { legalName: partner.legalName } });
    const assertion = buildAssertion(badge);
    expect(assertion).toMatchObject({
      "@context": "https://w3id.org/openbadges/v2",
      type: "Assertion",
      id: expect.stringMatching(new RegExp(`/badges/${earned.badgeToken}/assertion$`)),
      recipient: { type: "email", hashed: true },
      badge: expect.stringMatching(new RegExp(`/badges/classes/${certification.code}$`)),
      verification: { type: "hosted" },
      issuedOn: earned.issuedAt.toISOString(),
      expires: earned.expiresAt!.toISOString(),
    });
    const salt = assertion.recipient.salt;
    expect(assertion.recipient.identity).toBe(
      `sha256$${createHash("sha256")
        .update(person.email + salt)
        .digest("hex")}`,
    );
    expect(JSON.stringify(assertion)).not.toContain(person.email);

    const badgeClass = (await getBadgeClass(certification.code))!;
    expect(badgeClass).toMatchObject({ type: "BadgeClass", id: assertion.badge, name: certification.name, issuer: expect.stringMatching(/\/badges\/issuer$/) });

    const later = addDays(earned.expiresAt!, 1);
    expect(await getBadge(earned.badgeToken!, later)).toMatchObject({ valid: false });
    expect(await getBadge("not-a-token", now)).toBeNull();
    expect(await getBadge("x".repeat(43), now)).toBeNull();
  });
});

describe("the expiry notices", () => {
  it("notify each holder once per certification expiring within 60 days", async () => {
    const { partner, person, certification } = await setup(24);
    // Issued 23 months ago: expires in about a month. Another, issued 10 days ago, is far from expiring.
    const soon = await earn(person.id, partner.id, certification.id, 700);
    const other = await setup(24);
    await earn(other.person.id, other.partner.id, other.certification.id, 10);

    expect(await notifyExpiringCertifications(now)).toBeGreaterThanOrEqual(1);
    expect(await prisma.earnedCertification.findUniqueOrThrow({ where: { id: soon.id } })).toMatchObject({ expiryNotifiedAt: now });
    expect(await prisma.notification.count({ where: { userId: person.id, type: "certification.expiring" } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: other.person.id, type: "certification.expiring" } })).toBe(0);
    await notifyExpiringCertifications(now);
    expect(await prisma.notification.count({ where: { userId: person.id, type: "certification.expiring" } })).toBe(1);
  });

  let worker: Worker | undefined;
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  it("go out from the daily job the worker schedules", async () => {
    const { partner, person, certification } = await setup(24);
    // Issued 23 months before today: it expires within 60 days of the real clock the worker runs on.
    const soon = await earn(person.id, partner.id, certification.id, 700, new Date());
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: null, pollingIntervalSeconds: 0.5 });
    const trigger = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false, migrate: false });
    await trigger.start();
    try {
      expect((await trigger.getSchedules(QUEUES.notifyExpiringCertifications.name)).map((schedule) => schedule.cron)).toEqual(["0 6 * * *"]);
      // The same job pg-boss's clock would queue at 06:00.
      await trigger.send(QUEUES.notifyExpiringCertifications.name, {});
    } finally {
      await trigger.stop({ graceful: false, close: true });
    }
    await eventually(async () => (await prisma.earnedCertification.findUniqueOrThrow({ where: { id: soon.id } })).expiryNotifiedAt !== null);
    expect(await prisma.notification.count({ where: { userId: person.id, type: "certification.expiring" } })).toBe(1);
  });
});
