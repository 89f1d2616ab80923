import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const sendDailyDigestsQueue = defineQueue({
  name: "send-daily-digests",
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  // 07:00 UTC: the start of the working day in EMEA, the evening before in AMER.
  cron: "0 7 * * *",
});
