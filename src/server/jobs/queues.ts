// No "server-only" here or in the queues it lists: `npm start` (scripts/lib/job-queues.ts, plain Node) creates the
// queues before the web server and the worker start.
import type { PgBoss } from "pg-boss";
import type { z } from "zod";
import { deliverEmailQueue } from "@/server/mail/queues";
import {
  flagOverdueAwardCasesQueue,
  importCertificationCompletionsQueue,
  lockCtpTrackingsQueue,
  notifyExpiringCertificationsQueue,
} from "@/server/certifications/queues";
import { notifyExpiringNfrLicensesQueue } from "@/server/nfr/queues";
import { alertSowReplenishmentQueue, refreshWorkAuthorizationPaceQueue } from "@/server/subcontracting/queues";
import { sendDailyDigestsQueue } from "@/server/notifications/queues";
import { deleteStaleApplicationDraftsQueue, remindApplicantReviewsQueue } from "@/server/applications/queues";
import { deleteOldSessionsQueue } from "@/server/account/queues";

/** Every job queue, each declared by its domain. The worker works each one, and schedules those with a cron. */
export const QUEUES = {
  deliverEmail: deliverEmailQueue,
  flagOverdueAwardCases: flagOverdueAwardCasesQueue,
  importCertificationCompletions: importCertificationCompletionsQueue,
  notifyExpiringCertifications: notifyExpiringCertificationsQueue,
  lockCtpTrackings: lockCtpTrackingsQueue,
  notifyExpiringNfrLicenses: notifyExpiringNfrLicensesQueue,
  alertSowReplenishment: alertSowReplenishmentQueue,
  refreshWorkAuthorizationPace: refreshWorkAuthorizationPaceQueue,
  sendDailyDigests: sendDailyDigestsQueue,
  remindApplicantReviews: remindApplicantReviewsQueue,
  deleteStaleApplicationDrafts: deleteStaleApplicationDraftsQueue,
  deleteOldSessions: deleteOldSessionsQueue,
} as const;

export type QueueKey = keyof typeof QUEUES;
export type QueueName = (typeof QUEUES)[QueueKey]["name"];
/** What a sender passes for a job of this queue. */
export type JobPayloadInput<K extends QueueKey> = z.input<(typeof QUEUES)[K]["payload"]>;
/** What the queue's handler receives: the payload after its schema has parsed it. */
export type JobPayload<K extends QueueKey> = z.output<(typeof QUEUES)[K]["payload"]>;

export async function createQueues(boss: PgBoss): Promise<void> {
  for (const queue of Object.values(QUEUES)) {
    if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue.options);
  }
}
