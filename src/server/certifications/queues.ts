import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const flagOverdueAwardCasesQueue = defineQueue({
  name: "flag-overdue-award-cases",
  // Hourly: a case is flagged within the hour after its deadline; a failed run is tried again soon after.
  options: { retryLimit: 2, retryDelay: 60 },
  payload: z.object({}),
  cron: "0 * * * *",
});

export const importCertificationCompletionsQueue = defineQueue({
  name: "import-certification-completions",
  // The import is idempotent by external id and writes in one transaction, so a retry after a crash is safe.
  options: { retryLimit: 3, retryDelay: 30, retryBackoff: true },
  payload: z.object({ importId: z.string().min(1) }),
});

export const notifyExpiringCertificationsQueue = defineQueue({
  name: "notify-expiring-certifications",
  // Daily at 06:00 UTC; each certification's holder is told once (expiryNotifiedAt), so a rerun notifies nobody twice.
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  cron: "0 6 * * *",
});

export const lockCtpTrackingsQueue = defineQueue({
  name: "lock-ctp-trackings",
  // Hourly: a tracking is marked locked within the hour after its 6 months; completions are refused from the minute itself.
  options: { retryLimit: 2, retryDelay: 60 },
  payload: z.object({}),
  cron: "30 * * * *",
});
