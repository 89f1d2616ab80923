import "server-only";
import { PgBoss } from "pg-boss";
import type { Transporter } from "nodemailer";
import { createQueues, QUEUES } from "@/server/jobs/queues";
import { deliverOutboxEmail } from "@/server/mail/deliver-outbox-email";
import { SCHEDULED_JOBS } from "@/server/jobs/scheduled-jobs";

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Runs the job handlers on pg-boss: mail delivery and the scheduled jobs. Several workers may run at once;
 * each job, and each tick of a schedule, goes to one of them.
 */
export async function startWorker(options: { connectionString: string; transport: Transporter | null; pollingIntervalSeconds?: number }): Promise<Worker> {
  const boss = new PgBoss({ connectionString: options.connectionString, max: 4 });
  boss.on("error", (error) => console.error(`[worker] ${error.message}`));
  await boss.start();
  await createQueues(boss);
  await boss.work<{ emailId: string }>(
    QUEUES.deliverEmail.name,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => {
      const outcome = await deliverOutboxEmail(job.data.emailId, options.transport);
      // pg-boss retries a job whose handler throws, with the queue's backoff.
      if (outcome === "RETRY") throw new Error(`Delivery of ${job.data.emailId} failed; it will be tried again.`);
    },
  );
  for (const job of SCHEDULED_JOBS) {
    await boss.schedule(job.queue, job.cron);
    await boss.work(job.queue, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      console.log(`[worker] ${job.queue}: ${await job.run()}`);
    });
  }
  return { stop: () => boss.stop({ graceful: true }) };
}
