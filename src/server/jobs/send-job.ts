import "server-only";
import { PgBoss } from "pg-boss";
import type { Tx } from "@/server/db";
import { QUEUES, type JobPayloadInput, type QueueKey } from "@/server/jobs/queues";

const globalForBoss = globalThis as unknown as { jobProducer?: Promise<PgBoss> };

/** A pg-boss that only inserts jobs: no polling, no maintenance, no schema changes (the worker owns those). */
function jobProducer(): Promise<PgBoss> {
  globalForBoss.jobProducer ??= (async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set.");
    const boss = new PgBoss({ connectionString, max: 2, supervise: false, schedule: false, migrate: false });
    boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
    await boss.start();
    return boss;
  })();
  return globalForBoss.jobProducer;
}

/**
 * Queues a job inside the caller's transaction, so it exists exactly when the change that needs it commits. The payload
 * is parsed with the queue's schema first: a malformed job fails its sender, not a worker hours later.
 */
export async function sendJob<K extends QueueKey>(tx: Tx, queue: K, payload: JobPayloadInput<K>): Promise<void> {
  const { name, payload: schema } = QUEUES[queue];
  const data = schema.parse(payload) as object;
  const boss = await jobProducer();
  await boss.send(name, data, {
    db: { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) },
  });
}
