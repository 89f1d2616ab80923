import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const flagOverdueAwardCasesQueue = defineQueue({
  name: "flag-overdue-award-cases",
  // Hourly: a case is flagged within the hour after its deadline; a failed run is tried again soon after.
  options: { retryLimit: 2, retryDelay: 60 },
  payload: z.object({}),
  cron: "0 * * * *",
});

export const lockCtpTrackingsQueue = defineQueue({
  name: "lock-ctp-trackings",
  // Hourly: a tracking is marked locked within the hour after its 6 months; completions are refused from the minute itself.
  options: { retryLimit: 2, retryDelay: 60 },
  payload: z.object({}),
  cron: "30 * * * *",
});
