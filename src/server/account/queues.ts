import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const deleteOldSessionsQueue = defineQueue({
  name: "delete-old-sessions",
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  cron: "45 3 * * *",
});
