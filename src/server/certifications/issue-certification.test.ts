import { describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import { issueCertificationIfEarned, recordCompletedStep, type CompletedStep } from "./issue-certification";
import { makePartner, makeUser } from "../../../tests/factories";

const now = new Date("2026-12-01T12:00:00Z");
let codes = 0;

async function makeCertification(overrides: { countsTowardPsp?: boolean; validityMonths?: number | null } = {}) {
  codes += 1;
  return prisma.certification.create({
    data: {
      code: `T-${codes}-${Math.random().toString(36).slice(2, 8)}`.toUpperCase(),
      name: `Test certification ${codes}`,
      passingScore: 80,
      validityMonths: overrides.validityMonths === undefined ? 24 : overrides.validityMonths,
      countsTowardPsp: overrides.countsTowardPsp ?? false,
    },
  });
}

async function makeHolder(partnerId: string) {
  return makeUser("PARTNER_USER", { partnerId });
}

function step(
  userId: string,
  partnerId: string,
  certificationId: string,
  kind: CompletedStep["step"],
  daysAgo: number,
  extra: Partial<CompletedStep> = {},
): CompletedStep {
  return {
    userId,
    partnerId,
    certificationId,
    step: kind,
    score: kind === "EXAM" ? 91 : null,
    completedAt: subDays(now, daysAgo),
    source: "IMPORT",
    verifiedAt: kind === "EXAM" ? now : null,
    ...extra,
  };
}

/** Training and lab done, so the exam is what issues the certification. */
async function readyForExam(userId: string, partnerId: string, certificationId: string) {
  await prisma.$transaction(async (tx) => {
    await recordCompletedStep(tx, step(userId, partnerId, certificationId, "TRAINING", 20), now);
    await recordCompletedStep(tx, step(userId, partnerId, certificationId, "LAB", 10), now);
  });
}

describe("recordCompletedStep", () => {
  it("issues the certification once training, lab and exam are complete: exam score, latest date, expiry, badge", async () => {
    const partner = await makePartner();
    const user = await makeHolder(partner.id);
    const certification = await makeCertification({ validityMonths: 24 });
    await readyForExam(user.id, partner.id, certification.id);
    expect(await prisma.earnedCertification.count({ where: { userId: user.id } })).toBe(0);

    const earnedId = await prisma.$transaction((tx) => recordCompletedStep(tx, step(user.id, partner.id, certification.id, "EXAM", 5), now));
    const earned = await prisma.earnedCertification.findUniqueOrThrow({ where: { id: earnedId! } });
    expect(earned).toMatchObject({
      score: 91,
      issuedAt: subDays(now, 5),
      expiresAt: new Date("2028-11-26T12:00:00Z"),
      badgeIssuedAt: now,
      partnerId: partner.id,
    });
    expect(earned.badgeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The same completions again (an import run twice) issue nothing new.
    expect(await prisma.$transaction((tx) => recordCompletedStep(tx, step(user.id, partner.id, certification.id, "EXAM", 5), now))).toBeNull();
    expect(await prisma.earnedCertification.count({ where: { userId: user.id } })).toBe(1);
  });

  it("keeps the latest completion of a step: an older one arriving later changes nothing", async () => {
    const partner = await makePartner();
    const user = await makeHolder(partner.id);
    const certification = await makeCertification();
    await prisma.$transaction((tx) => recordCompletedStep(tx, step(user.id, partner.id, certification.id, "TRAINING", 3), now));
    await prisma.$transaction((tx) => recordCompletedStep(tx, step(user.id, partner.id, certification.id, "TRAINING", 30), now));
    const kept = await prisma.certificationStep.findFirstOrThrow({ where: { userId: user.id, step: "TRAINING" } });
    expect(kept.completedAt).toEqual(subDays(now, 3));
  });

  it("waits for Education Services when the exam is self-recorded, and issues on verification", async () => {
    const partner = await makePartner();
    const user = await makeHolder(partner.id);
    const certification = await makeCertification({ validityMonths: null });
    await readyForExam(user.id, partner.id, certification.id);
    const selfRecorded = step(user.id, partner.id, certification.id, "EXAM", 1, { source: "SELF_RECORDED", verifiedAt: null });
    expect(await prisma.$transaction((tx) => recordCompletedStep(tx, selfRecorded, now))).toBeNull();

    await prisma.certificationStep.updateMany({ where: { userId: user.id, step: "EXAM" }, data: { verifiedAt: now } });
    const earnedId = await prisma.$transaction((tx) => issueCertificationIfEarned(tx, user.id, certification.id, now));
    expect(await prisma.earnedCertification.findUniqueOrThrow({ where: { id: earnedId! } })).toMatchObject({ expiresAt: null });
  });
});

describe("the PSP award case", () => {
  it("opens when a completion takes the partner to the threshold, assigned to its CAM and due 7 days out", async () => {
    const cam = await makeUser("CAM", { region: "AMER" });
    const partner = await makePartner({ camOwnerId: cam.id });
    const pse = await makeCertification({ countsTowardPsp: true });
    const people = await Promise.all([0, 1, 2].map(() => makeHolder(partner.id)));
    for (const person of people) await readyForExam(person.id, partner.id, pse.id);
    for (const person of people.slice(0, 2)) {
      await prisma.$transaction((tx) => recordCompletedStep(tx, step(person.id, partner.id, pse.id, "EXAM", 2), now));
    }
    expect(await prisma.awardCase.count({ where: { partnerId: partner.id } })).toBe(0);
    await prisma.$transaction((tx) => recordCompletedStep(tx, step(people[2].id, partner.id, pse.id, "EXAM", 1), now));
    const cases = await prisma.awardCase.findMany({ where: { partnerId: partner.id } });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ kind: "PSP", camId: cam.id, dueAt: new Date("2026-12-08T12:00:00Z") });
  });

  it("opens exactly one case when two completions that together reach the threshold land at the same time", async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const partner = await makePartner();
      const pse = await makeCertification({ countsTowardPsp: true });
      const people = await Promise.all([0, 1, 2].map(() => makeHolder(partner.id)));
      for (const person of people) await readyForExam(person.id, partner.id, pse.id);
      await prisma.$transaction((tx) => recordCompletedStep(tx, step(people[0].id, partner.id, pse.id, "EXAM", 3), now));

      const landed = await Promise.all(
        people.slice(1).map((person) => prisma.$transaction((tx) => recordCompletedStep(tx, step(person.id, partner.id, pse.id, "EXAM", 1), now))),
      );
      expect(landed.every((id) => id !== null)).toBe(true);
      expect(await prisma.earnedCertification.count({ where: { partnerId: partner.id } })).toBe(3);
      expect(await prisma.awardCase.count({ where: { partnerId: partner.id, kind: "PSP" } })).toBe(1);
    }
  });

  it("does not count expired certifications or certifications that do not count toward PSP", async () => {
    const partner = await makePartner();
    const pse = await makeCertification({ countsTowardPsp: true, validityMonths: 1 });
    const other = await makeCertification();
    const people = await Promise.all([0, 1, 2].map(() => makeHolder(partner.id)));
    // Two PSEs issued long ago have expired; the third person holds another certification.
    for (const person of people.slice(0, 2)) {
      await prisma.$transaction(async (tx) => {
        for (const kind of ["TRAINING", "LAB", "EXAM"] as const) await recordCompletedStep(tx, step(person.id, partner.id, pse.id, kind, 400), now);
      });
    }
    await readyForExam(people[2].id, partner.id, other.id);
    await prisma.$transaction((tx) => recordCompletedStep(tx, step(people[2].id, partner.id, other.id, "EXAM", 1), now));
    expect(await prisma.earnedCertification.count({ where: { partnerId: partner.id } })).toBe(3);
    expect(await prisma.awardCase.count({ where: { partnerId: partner.id } })).toBe(0);
  });
});
