import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import { enqueueEmail } from "./enqueue-email";
import { deliverOutboxEmail, MAX_DELIVERY_ATTEMPTS } from "./deliver-outbox-email";
import { createMailTransport } from "./transport";
import { startWorker, type Worker } from "@/server/worker/start-worker";
import { QUEUES } from "@/server/jobs/queues";
import { eventually, freePort, startSmtpServer, type TestSmtpServer } from "../../../tests/support/smtp";

const running: { workers: Worker[]; servers: TestSmtpServer[] } = { workers: [], servers: [] };

afterEach(async () => {
  await Promise.all(running.workers.splice(0).map((worker) => worker.stop()));
  await Promise.all(running.servers.splice(0).map((server) => server.close()));
});

async function worker(smtpUrl: string | undefined) {
  const started = await startWorker({ connectionString: process.env.DATABASE_URL!, transport: createMailTransport(smtpUrl), pollingIntervalSeconds: 0.5 });
  running.workers.push(started);
  return started;
}

async function smtp(port?: number) {
  const server = await startSmtpServer(port);
  running.servers.push(server);
  return server;
}

function queueResetEmail(to: string) {
  return prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      to,
      template: "passwordReset",
      data: { name: "Dana", resetUrl: "http://localhost:3000/reset-password?token=abc", expiresInMinutes: 60 },
    }),
  );
}

const statusOf = async (id: string) => (await prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).status;
const jobCount = async () =>
  Number((await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = ${QUEUES.deliverEmail.name}`)[0].count);

describe("outbox delivery", () => {
  it("delivers a queued message over SMTP", async () => {
    const server = await smtp();
    await worker(server.url);
    const id = await queueResetEmail("dana@partner.example");
    await eventually(async () => (await statusOf(id)) === "SENT");
    expect(server.received).toHaveLength(1);
    expect(server.received[0].to).toEqual(["dana@partner.example"]);
    expect(server.received[0].raw).toContain("Subject: Reset your Partner Portal password");
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ attempts: 1, lastError: null });
  });

  it("keeps the message while SMTP is down and delivers it when the server comes back", async () => {
    const port = await freePort();
    await worker(`smtp://127.0.0.1:${port}`);
    const id = await queueResetEmail("waiting@partner.example");
    const failedOnce = await eventually(async () => {
      const email = await prisma.outboxEmail.findUniqueOrThrow({ where: { id } });
      return email.attempts >= 1 ? email : null;
    });
    expect(failedOnce.status).toBe("PENDING");
    expect(failedOnce.lastError).toMatch(/ECONNREFUSED/);

    const server = await smtp(port);
    await eventually(async () => (await statusOf(id)) === "SENT", 30_000);
    expect(server.received.map((mail) => mail.to[0])).toEqual(["waiting@partner.example"]);
  });

  it("two workers racing deliver each message exactly once", async () => {
    const server = await smtp();
    const ids: string[] = [];
    for (let index = 0; index < 12; index++) ids.push(await queueResetEmail(`racer-${index}@partner.example`));
    await Promise.all([worker(server.url), worker(server.url)]);
    await eventually(async () => (await prisma.outboxEmail.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length);
    const recipients = server.received.map((mail) => mail.to[0]).sort();
    expect(recipients).toHaveLength(12);
    expect(new Set(recipients).size).toBe(12);
  });

  it("captures messages for /admin/emails when no SMTP server is configured", async () => {
    await worker(undefined);
    const id = await queueResetEmail("captured@partner.example");
    await eventually(async () => (await statusOf(id)) === "CAPTURED");
  });

  it("writes neither the message nor its job when the transaction that caused it fails", async () => {
    const jobsBefore = await jobCount();
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { to: "never@partner.example", template: "passwordReset", data: { name: "N", resetUrl: "http://x", expiresInMinutes: 60 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxEmail.count({ where: { to: "never@partner.example" } })).toBe(0);
    expect(await jobCount()).toBe(jobsBefore);
  });

  it("marks a message failed after the last attempt", async () => {
    const id = await queueResetEmail("doomed@partner.example");
    const unreachable = createMailTransport(`smtp://127.0.0.1:${await freePort()}`);
    const outcomes = [];
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) outcomes.push(await deliverOutboxEmail(id, unreachable));
    expect(outcomes.at(-1)).toBe("FAILED");
    expect(outcomes.slice(0, -1).every((outcome) => outcome === "RETRY")).toBe(true);
    expect(await prisma.outboxEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(await deliverOutboxEmail(id, unreachable)).toBe("SKIPPED");
  });
});
