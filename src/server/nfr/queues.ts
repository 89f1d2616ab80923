import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const notifyExpiringNfrLicensesQueue = defineQueue({
  name: "notify-expiring-nfr-licenses",
  // Daily at 06:15 UTC; each license is announced once (expiryNotifiedAt), so a rerun notifies nobody twice.
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  cron: "15 6 * * *",
});
