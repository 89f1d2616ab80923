import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const alertSowReplenishmentQueue = defineQueue({
  name: "alert-sow-replenishment",
  // Sent by the invoice approval that may have crossed the line (with its SOW), and hourly as a sweep of every active
  // SOW. Each crossing is claimed once (replenishAlertedAt), so a rerun or a second worker alerts nobody twice.
  options: { retryLimit: 3, retryDelay: 60 },
  payload: z.object({ sowId: z.string().optional() }),
  cron: "20 * * * *",
});

export const refreshWorkAuthorizationPaceQueue = defineQueue({
  name: "refresh-work-authorization-pace",
  // Daily just after midnight UTC: a day gone by changes every project's pace; logging hours refreshes its own at once.
  options: { retryLimit: 3, retryDelay: 300 },
  payload: z.object({}),
  cron: "5 0 * * *",
});
