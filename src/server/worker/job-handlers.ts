import "server-only";
import type { Transporter } from "nodemailer";
import type { JobPayload, QueueKey } from "@/server/jobs/queues";
import { deliverOutboxEmail } from "@/server/mail/deliver-outbox-email";
import { flagOverdueAwardCases } from "@/server/certifications/flag-overdue-award-cases";
import { runCertificationImport } from "@/server/certifications/run-certification-import";
import { notifyExpiringCertifications } from "@/server/certifications/notify-expiring-certifications";
import { lockCtpTrackings } from "@/server/ctp/lock-ctp-trackings";
import { notifyExpiringNfrLicenses } from "@/server/nfr/notify-expiring-nfr-licenses";
import { alertSowReplenishment } from "@/server/subcontracting/alert-sow-replenishment";
import { refreshEveryWorkAuthorizationPace } from "@/server/subcontracting/refresh-work-authorization-pace";
import { sendDailyDigests } from "@/server/notifications/send-daily-digests";
import { remindApplicantReviews } from "@/server/applications/remind-applicant-reviews";
import { deleteStaleApplicationDrafts } from "@/server/applications/delete-stale-application-drafts";
import { deleteOldSessions } from "@/server/account/delete-old-sessions";

export interface JobContext {
  transport: Transporter | null;
}

/** Does one job's work; a returned line goes to the worker's log. Throwing makes pg-boss retry with the queue's backoff. */
type JobHandler<K extends QueueKey> = (payload: JobPayload<K>, context: JobContext) => Promise<string | void>;

/** What the worker does for each queue; a queue without a handler here does not type-check. */
export const JOB_HANDLERS: { [K in QueueKey]: JobHandler<K> } = {
  deliverEmail: async ({ emailId }, { transport }) => {
    const outcome = await deliverOutboxEmail(emailId, transport);
    if (outcome === "RETRY") throw new Error(`Delivery of ${emailId} failed; it will be tried again.`);
  },
  flagOverdueAwardCases: async () => `flagged ${await flagOverdueAwardCases()} overdue award case(s)`,
  importCertificationCompletions: async ({ importId }) => runCertificationImport(importId),
  notifyExpiringCertifications: async () => `notified ${await notifyExpiringCertifications()} holder(s) of expiring certifications`,
  lockCtpTrackings: async () => `locked ${await lockCtpTrackings()} CTP tracking(s)`,
  notifyExpiringNfrLicenses: async () => {
    const { expired, notified } = await notifyExpiringNfrLicenses();
    return `marked ${expired} NFR license(s) expired, announced ${notified} expiring`;
  },
  alertSowReplenishment: async (payload) => `raised ${await alertSowReplenishment(payload)} SOW replenishment alert(s)`,
  refreshWorkAuthorizationPace: async () => `refreshed the change-order pace of ${await refreshEveryWorkAuthorizationPace()} work authorization(s)`,
  sendDailyDigests: async () => `queued ${await sendDailyDigests()} daily digest(s)`,
  remindApplicantReviews: async () => `reminded ${await remindApplicantReviews()} PHD(s) of waiting applicants`,
  deleteStaleApplicationDrafts: async () => `deleted ${await deleteStaleApplicationDrafts()} stale application draft(s)`,
  deleteOldSessions: async () => `deleted ${await deleteOldSessions()} old session(s)`,
};
