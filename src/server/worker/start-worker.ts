import "server-only";
import { PgBoss } from "pg-boss";
import type { Transporter } from "nodemailer";
import { createQueues, QUEUES, type QueueKey } from "@/server/jobs/queues";
import { JOB_HANDLERS, type JobContext } from "@/server/worker/job-handlers";

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Runs the job handlers on pg-boss: every queue of the registry, and the schedule of those with a cron. Several
 * workers may run at once; each job, and each tick of a schedule, goes to one of them.
 */
export async function startWorker(options: { connectionString: string; transport: Transporter | null; pollingIntervalSeconds?: number }): Promise<Worker> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 4 });
  boss.on("error", (error) => console.error(`[worker] ${error.message}`));
  await boss.start();
  await createQueues(boss);
  const context: JobContext = { transport: options.transport };
  for (const key of Object.keys(QUEUES) as QueueKey[]) {
    const queue = QUEUES[key];
    if (queue.cron) await boss.schedule(queue.name, queue.cron, {});
    await boss.work(queue.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
      const line = await runJob(key, job.data, context);
      if (line) console.log(`[worker] ${queue.name}: ${line}`);
    });
  }
  return { stop: () => boss.stop({ graceful: true }) };
}

/** Parses the payload with the queue's schema before its handler sees it: a malformed job fails here, and is retried or failed as the queue says. */
function runJob<K extends QueueKey>(key: K, data: unknown, context: JobContext): Promise<string | void> {
  const payload = QUEUES[key].payload.parse(data ?? {});
  const handler = JOB_HANDLERS[key] as (payload: unknown, context: JobContext) => Promise<string | void>;
  return handler(payload, context);
}
