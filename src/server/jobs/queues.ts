import type { PgBoss } from "pg-boss";

/** Every job queue, with its retry policy. */
export const QUEUES = {
  deliverEmail: {
    name: "deliver-email",
    // Eight tries over about ten minutes (2 s doubling, capped at five minutes), then the message is marked failed.
    options: { retryLimit: 7, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
  },
  flagOverdueAwardCases: {
    name: "flag-overdue-award-cases",
    // Hourly: a case is flagged within the hour after its deadline; a failed run is tried again soon after.
    options: { retryLimit: 2, retryDelay: 60 },
  },
  sendDailyDigests: {
    name: "send-daily-digests",
    options: { retryLimit: 2, retryDelay: 300 },
  },
  remindApplicantReviews: {
    name: "remind-applicant-reviews",
    options: { retryLimit: 2, retryDelay: 300 },
  },
  deleteStaleApplicationDrafts: {
    name: "delete-stale-application-drafts",
    options: { retryLimit: 2, retryDelay: 300 },
  },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

export async function createQueues(boss: PgBoss): Promise<void> {
  for (const queue of Object.values(QUEUES)) {
    if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue.options);
  }
}
