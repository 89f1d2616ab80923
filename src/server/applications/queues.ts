import { z } from "zod";
import { defineQueue } from "@/server/jobs/define-queue";

export const remindApplicantReviewsQueue = defineQueue({
  name: "remind-applicant-reviews",
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  // Mondays 08:00 UTC: the desk reviews applicants weekly (DOMAIN.md, "Applicant review").
  cron: "0 8 * * 1",
});

export const deleteStaleApplicationDraftsQueue = defineQueue({
  name: "delete-stale-application-drafts",
  options: { retryLimit: 2, retryDelay: 300 },
  payload: z.object({}),
  cron: "30 3 * * *",
});
