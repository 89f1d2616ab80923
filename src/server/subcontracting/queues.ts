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
