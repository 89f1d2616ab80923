import { afterEach, describe, expect, it } from "vitest";
import { PgBoss } from "pg-boss";
import { prisma } from "@/server/db";
import type { SowStatus } from "@/generated/prisma/enums";
import { alertSowReplenishment } from "./alert-sow-replenishment";
import { REPLENISHMENT_LINE_CENTS, STANDARD_SOW_AMOUNT_CENTS } from "./rules";
import { QUEUES } from "@/server/jobs/queues";
import { startWorker, type Worker } from "@/server/worker/start-worker";
import { makePartner, makeUser } from "../../../tests/factories";
import { eventually } from "../../../tests/support/smtp";

const now = new Date("2026-12-03T10:20:00Z");
let worker: Worker | undefined;
let sowNumber = 0;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

/** Two more active PS coordinators and an inactive one (the file's tests share one database). */
async function makeCoordinators() {
  await makeUser("PS_COORDINATOR");
  await makeUser("PS_COORDINATOR");
  await makeUser("PS_COORDINATOR", { active: false });
}

const activeCoordinatorIds = async () =>
  (await prisma.user.findMany({ where: { role: "PS_COORDINATOR", active: true }, select: { id: true } })).map((user) => user.id).sort();

async function makeSow(remainingCents: number, status: SowStatus = "ACTIVE") {
  const partner = await makePartner();
  await prisma.partner.update({ where: { id: partner.id }, data: { subcontractRelationship: "INDIRECT_STAFF_AUGMENTATION" } });
  sowNumber += 1;
  return prisma.primeSow.create({
    data: {
      partnerId: partner.id,
      number: `PS-SOW-T${String(sowNumber).padStart(4, "0")}-${partner.id.slice(-4)}`,
      amountCents: STANDARD_SOW_AMOUNT_CENTS,
      invoicedCents: STANDARD_SOW_AMOUNT_CENTS - remainingCents,
      authorizedCents: STANDARD_SOW_AMOUNT_CENTS - remainingCents,
      status,
    },
    select: { id: true, number: true },
  });
}

const alertsOf = (sowId: string) =>
  prisma.notification.findMany({ where: { type: "sow.funds_low", link: `/ps/sows/${sowId}` }, select: { userId: true, title: true } });
const requestsOf = (sowId: string) => prisma.sowPoRequest.findMany({ where: { sowId }, select: { amountCents: true, status: true } });

describe("alertSowReplenishment", () => {
  it("drafts a $300,000 PO request and tells every active PS coordinator once, when the funds left reach the line", async () => {
    await makeCoordinators();
    const coordinators = await activeCoordinatorIds();
    const atLine = await makeSow(REPLENISHMENT_LINE_CENTS);
    const below = await makeSow(12_345_67);

    expect(await alertSowReplenishment({}, now)).toBe(2);

    for (const sow of [atLine, below]) {
      const notices = await alertsOf(sow.id);
      expect(notices.map((notice) => notice.userId).sort()).toEqual(coordinators);
      for (const notice of notices) expect(notice.title).toContain(sow.number);
      expect(await requestsOf(sow.id)).toEqual([{ amountCents: STANDARD_SOW_AMOUNT_CENTS, status: "DRAFT" }]);
      expect(await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id }, select: { replenishAlertedAt: true } })).toEqual({ replenishAlertedAt: now });
      expect(await prisma.auditEvent.count({ where: { action: "sow.replenishment_alerted", entityId: sow.id } })).toBe(1);
    }
    expect((await alertsOf(below.id))[0]?.title).toContain("$12,345.67");

    // The same crossing, checked again (the hourly sweep, or the next invoice's job): nobody is told twice.
    expect(await alertSowReplenishment({}, new Date(now.getTime() + 3_600_000))).toBe(0);
    expect(await alertSowReplenishment({ sowId: below.id }, now)).toBe(0);
    for (const sow of [atLine, below]) {
      expect(await alertsOf(sow.id)).toHaveLength(coordinators.length);
      expect(await requestsOf(sow.id)).toHaveLength(1);
    }
  });

  it("leaves a SOW above the line, and one that is not active, untouched", async () => {
    await makeCoordinators();
    const above = await makeSow(REPLENISHMENT_LINE_CENTS + 1);
    const exhausted = await makeSow(0, "EXHAUSTED");
    const draft = await makeSow(0, "DRAFT");

    expect(await alertSowReplenishment({}, now)).toBe(0);
    for (const sow of [above, exhausted, draft]) {
      expect(await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id }, select: { replenishAlertedAt: true } })).toEqual({ replenishAlertedAt: null });
      expect(await requestsOf(sow.id)).toEqual([]);
    }
    for (const sow of [above, exhausted, draft]) expect(await alertsOf(sow.id)).toEqual([]);
  });

  it("checks only the SOW an invoice approval names, and alerts again after funds were added and crossed anew", async () => {
    await makeCoordinators();
    const named = await makeSow(REPLENISHMENT_LINE_CENTS - 100);
    const other = await makeSow(REPLENISHMENT_LINE_CENTS - 100);

    expect(await alertSowReplenishment({ sowId: named.id }, now)).toBe(1);
    expect(await requestsOf(other.id)).toEqual([]);

    // An approved PO adds its funds and clears the claim; the SOW then burns down to the line again.
    await prisma.primeSow.update({ where: { id: named.id }, data: { replenishAlertedAt: null } });
    expect(await alertSowReplenishment({ sowId: named.id }, now)).toBe(1);
    expect(await requestsOf(named.id)).toHaveLength(2);
    expect(await alertsOf(named.id)).toHaveLength(2 * (await activeCoordinatorIds()).length);
  });

  it("claims each crossing once when two runs race", async () => {
    await makeCoordinators();
    const sow = await makeSow(0);
    const results = await Promise.all([alertSowReplenishment({ sowId: sow.id }, now), alertSowReplenishment({ sowId: sow.id }, now)]);
    expect(results.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await requestsOf(sow.id)).toHaveLength(1);
  });
});

describe("the scheduled job", () => {
  it("is registered hourly by the worker, and a tick raises the alert", async () => {
    await makeCoordinators();
    const sow = await makeSow(REPLENISHMENT_LINE_CENTS - 1);
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: null, pollingIntervalSeconds: 0.5 });

    const trigger = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false, migrate: false });
    await trigger.start();
    try {
      const schedules = await trigger.getSchedules(QUEUES.alertSowReplenishment.name);
      expect(schedules.map((schedule) => schedule.cron)).toEqual(["20 * * * *"]);
      // The same job pg-boss's clock queues at twenty past each hour.
      await trigger.send(QUEUES.alertSowReplenishment.name, {});
    } finally {
      await trigger.stop({ graceful: false, close: true });
    }
    await eventually(async () => (await requestsOf(sow.id)).length === 1);
    expect(await alertsOf(sow.id)).toHaveLength((await activeCoordinatorIds()).length);
  });
});
