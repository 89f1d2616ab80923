import "server-only";
import { QUEUES, type QueueName } from "@/server/jobs/queues";
import { flagOverdueAwardCases } from "@/server/certifications/flag-overdue-award-cases";

export interface ScheduledJob {
  queue: QueueName;
  /** Cron in UTC. pg-boss runs each tick once, however many workers are up. */
  cron: string;
  /** Does one run's work and returns a line for the worker's log. */
  run: () => Promise<string>;
}

/** The time rules of DOMAIN.md, each a small job on a schedule. */
export const SCHEDULED_JOBS: ScheduledJob[] = [
  {
    queue: QUEUES.flagOverdueAwardCases.name,
    cron: "0 * * * *",
    run: async () => `flagged ${await flagOverdueAwardCases()} overdue award case(s)`,
  },
];
