import "server-only";
import { PgBoss } from "pg-boss";
import type { Tx } from "@/server/db";
import type { QueueName } from "@/server/jobs/queues";

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

/** Queues a job inside the caller's transaction, so it exists exactly when the change that needs it commits. */
export async function sendJob(tx: Tx, queue: QueueName, data: object): Promise<void> {
  const boss = await jobProducer();
  await boss.send(queue, data, {
    db: { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) },
  });
}
