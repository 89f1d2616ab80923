import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { PgBoss } from "pg-boss";
import { prisma } from "@/server/db";
import { flagOverdueAwardCases } from "./flag-overdue-award-cases";
import { QUEUES } from "@/server/jobs/queues";
import { startWorker, type Worker } from "@/server/worker/start-worker";
import { makePartner, makeUser } from "../../../tests/factories";
import { eventually } from "../../../tests/support/smtp";
import type { AwardCaseStatus } from "@/generated/prisma/enums";

const now = new Date("2026-11-23T12:00:00Z");
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
});

async function makeAwardCase(status: AwardCaseStatus, dueAt: Date) {
  const cam = await makeUser("CAM", { region: "AMER" });
  const partner = await makePartner({ camOwnerId: cam.id });
  return prisma.awardCase.create({ data: { partnerId: partner.id, kind: "PSP", status, camId: cam.id, openedAt: addDays(dueAt, -7), dueAt } });
}

describe("flagOverdueAwardCases", () => {
  it("flags open cases past their 7-day deadline once, with an audit event, and leaves the rest", async () => {
    const overdueOpen = await makeAwardCase("OPEN", addDays(now, -1));
    const overdueEmailSent = await makeAwardCase("EMAIL_SENT", addDays(now, -3));
    const notYetDue = await makeAwardCase("OPEN", addDays(now, 1));
    const completed = await makeAwardCase("COMPLETED", addDays(now, -5));

    expect(await flagOverdueAwardCases(now)).toBe(2);

    const flagged = await prisma.awardCase.findMany({ where: { overdueFlaggedAt: { not: null } }, select: { id: true } });
    expect(flagged.map((row) => row.id).sort()).toEqual([overdueOpen.id, overdueEmailSent.id].sort());
    expect(await prisma.awardCase.findUniqueOrThrow({ where: { id: notYetDue.id } })).toMatchObject({ overdueFlaggedAt: null });
    expect(await prisma.awardCase.findUniqueOrThrow({ where: { id: completed.id } })).toMatchObject({ overdueFlaggedAt: null });
    expect(await prisma.auditEvent.count({ where: { action: "award_case.flagged_overdue", entityId: { in: [overdueOpen.id, overdueEmailSent.id] } } })).toBe(2);

    const camNotices = await prisma.notification.findMany({ where: { type: "award.case_overdue" }, select: { userId: true, title: true } });
    expect(camNotices.map((notice) => notice.userId).sort()).toEqual([overdueOpen.camId, overdueEmailSent.camId].sort());
    expect(camNotices[0].title).toMatch(/^Overdue: PSP award for /);

    expect(await flagOverdueAwardCases(now)).toBe(0);
    expect(await prisma.notification.count({ where: { type: "award.case_overdue" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "award_case.flagged_overdue" } })).toBe(2);
  });
});

describe("the scheduled job", () => {
  it("is registered on its cron by the worker, and a tick flags overdue cases", async () => {
    const overdue = await makeAwardCase("OPEN", addDays(new Date(), -2));
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: null, pollingIntervalSeconds: 0.5 });

    const trigger = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false, migrate: false });
    await trigger.start();
    try {
      const schedules = await trigger.getSchedules(QUEUES.flagOverdueAwardCases.name);
      expect(schedules.map((schedule) => schedule.cron)).toEqual(["0 * * * *"]);
      // The same job pg-boss's clock would queue on the hour.
      await trigger.send(QUEUES.flagOverdueAwardCases.name, {});
    } finally {
      await trigger.stop({ graceful: false, close: true });
    }
    await eventually(async () => (await prisma.awardCase.findUniqueOrThrow({ where: { id: overdue.id } })).overdueFlaggedAt);
  });
});
