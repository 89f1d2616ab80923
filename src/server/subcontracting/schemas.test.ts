import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ZAddConsultantSchema,
  ZRecordConsultantDeepDiveSchema,
  ZReviewConsultantVideoSchema,
  ZSubmitConsultantSkillsSchema,
  ZUpdateConsultantOnboardingSchema,
} from "./schemas";

/** The first message of each field, as the action client shows it. */
function fieldErrors(schema: z.ZodType, input: Record<string, string>): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

// ── Consultant pipeline (sub-consultants) ──

describe("the consultant forms", () => {
  it("adds a candidate with or without a portal account", () => {
    const valid = { partnerId: "p1", name: " Casey ", email: "Casey@Example.com", accountEmail: "" };
    expect(ZAddConsultantSchema.parse(valid)).toEqual({ partnerId: "p1", name: "Casey", email: "casey@example.com", accountEmail: null });
    expect(ZAddConsultantSchema.parse({ ...valid, accountEmail: " Casey@Partner.example " }).accountEmail).toBe("casey@partner.example");
    expect(fieldErrors(ZAddConsultantSchema, { ...valid, accountEmail: "not an email", partnerId: "" })).toEqual({
      partnerId: "Choose the partner the consultant works for.",
      accountEmail: "Enter the email of their portal account, or leave it empty.",
    });
  });

  it("rates every skill from 1 to 5", () => {
    const ratings = {
      skill_gitlab_administration: "4",
      skill_ci_cd: "5",
      skill_migrations: "3",
      skill_kubernetes: "1",
      skill_scripting: "2",
      skill_project_management: "3",
    };
    expect(ZSubmitConsultantSkillsSchema.parse({ consultantId: "c1", ...ratings }).skills).toEqual({
      gitlab_administration: 4,
      ci_cd: 5,
      migrations: 3,
      kubernetes: 1,
      scripting: 2,
      project_management: 3,
    });
    const missing = Object.fromEntries(Object.entries(ratings).filter(([name]) => name !== "skill_kubernetes"));
    expect(fieldErrors(ZSubmitConsultantSkillsSchema, { consultantId: "c1", ...missing, skill_ci_cd: "6" })).toEqual({
      skill_ci_cd: "Rate CI/CD from 1 to 5.",
      skill_kubernetes: "Rate Kubernetes from 1 to 5.",
    });
  });

  it("takes only an https video link", () => {
    expect(fieldErrors(ZReviewConsultantVideoSchema, { consultantId: "c1", videoUrl: "http://videos.example.com/x", videoReview: "Fine." })).toEqual({
      videoUrl: "Enter the video's full https link, such as https://videos.example.com/intro.",
    });
    expect(fieldErrors(ZReviewConsultantVideoSchema, { consultantId: "c1", videoUrl: "https://videos.example.com/x", videoReview: " " })).toEqual({
      videoReview: "Enter your review notes.",
    });
  });

  it("records a deep-dive of 30 to 45 minutes that took place", () => {
    const valid = { consultantId: "c1", heldOn: "2026-11-30", minutes: "45", result: "PASS", pseName: "Dana", notes: "Good." };
    expect(ZRecordConsultantDeepDiveSchema.parse(valid)).toMatchObject({ heldOn: new Date("2026-11-30T00:00:00Z"), minutes: 45, result: "PASS" });
    expect(fieldErrors(ZRecordConsultantDeepDiveSchema, { ...valid, minutes: "29", heldOn: "2999-01-01", result: "" })).toEqual({
      minutes: "A deep-dive lasts 30 to 45 minutes.",
      heldOn: "The deep-dive is recorded once it took place: the date cannot be in the future.",
      result: "Choose whether the consultant passed or failed.",
    });
    expect(fieldErrors(ZRecordConsultantDeepDiveSchema, { ...valid, minutes: "40.5" })).toEqual({ minutes: "Enter the minutes as a whole number." });
  });

  it("reads the onboarding checkboxes as ticked or not", () => {
    expect(ZUpdateConsultantOnboardingSchema.parse({ consultantId: "c1", accessRequested: "on" })).toEqual({
      consultantId: "c1",
      accessRequested: true,
      onboardingBuddy: "",
      timeLoggingSet: false,
    });
  });
});
