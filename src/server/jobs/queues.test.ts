import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { QUEUES } from "@/server/jobs/queues";
import { sendJob } from "@/server/jobs/send-job";
import { startWorker, type Worker } from "@/server/worker/start-worker";

const scheduled = Object.values(QUEUES).filter((queue) => queue.cron);
const jobCount = async (name: string) => Number((await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${name}`)[0].count);

let boss: PgBoss;
let worker: Worker;

beforeAll(async () => {
  worker = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: null, pollingIntervalSeconds: 0.5 });
  boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, max: 1, supervise: false, schedule: false, migrate: false });
  await boss.start();
});

afterAll(async () => {
  await boss.stop({ graceful: false, close: true });
  await worker.stop();
});

describe("the job queues", () => {
  it("have distinct names", () => {
    const names = Object.values(QUEUES).map((queue) => queue.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(scheduled.map((queue) => [queue.name, queue.cron!]))("%s runs on a valid cron (%s) that the worker registers", async (name, cron) => {
    const runs = boss.previewSchedule(cron, { from: new Date("2026-01-05T00:00:00Z"), count: 2 });
    expect(runs).toHaveLength(2);
    expect((await boss.getSchedules(name)).map((schedule) => schedule.cron)).toEqual([cron]);
  });

  it("exist in pg-boss once the worker has started", async () => {
    for (const queue of Object.values(QUEUES)) expect(await boss.getQueue(queue.name), queue.name).toBeTruthy();
  });

  it("refuse a payload that does not match the queue's schema, queuing nothing", async () => {
    const before = await jobCount(QUEUES.deliverEmail.name);
    await expect(prisma.$transaction((tx) => sendJob(tx, "deliverEmail", { emailId: "" }))).rejects.toThrow();
    expect(await jobCount(QUEUES.deliverEmail.name)).toBe(before);
  });

  it("fail a worked job whose payload does not match the schema, without running its handler", async () => {
    const id = await boss.send(QUEUES.deliverEmail.name, { wrong: true }, { retryLimit: 0 });
    let state: string | undefined;
    for (let tries = 0; tries < 40 && state !== "failed"; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      state = (await boss.getJobById(QUEUES.deliverEmail.name, id!))?.state;
    }
    expect(state).toBe("failed");
  });
});
