import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const deliverEmailQueue = defineQueue({
  name: "deliver-email",
  // Eight tries over about ten minutes (2 s doubling, capped at five minutes), then the message is marked failed.
  options: { retryLimit: 7, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
  payload: z.object({ emailId: z.string().min(1) }),
});
