import "server-only";
import { QUEUES, type QueueName } from "@/server/jobs/queues";
import { flagOverdueAwardCases } from "@/server/certifications/flag-overdue-award-cases";
import { sendDailyDigests } from "@/server/notifications/send-daily-digests";
import { remindApplicantReviews } from "@/server/applications/remind-applicant-reviews";
import { deleteStaleApplicationDrafts } from "@/server/applications/delete-stale-application-drafts";

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
  {
    queue: QUEUES.sendDailyDigests.name,
    // 07:00 UTC: the start of the working day in EMEA, the evening before in AMER.
    cron: "0 7 * * *",
    run: async () => `queued ${await sendDailyDigests()} daily digest(s)`,
  },
  {
    queue: QUEUES.remindApplicantReviews.name,
    // Mondays 08:00 UTC: the desk reviews applicants weekly (DOMAIN.md, "Applicant review").
    cron: "0 8 * * 1",
    run: async () => `reminded ${await remindApplicantReviews()} PHD(s) of waiting applicants`,
  },
  {
    queue: QUEUES.deleteStaleApplicationDrafts.name,
    cron: "30 3 * * *",
    run: async () => `deleted ${await deleteStaleApplicationDrafts()} stale application draft(s)`,
  },
];
