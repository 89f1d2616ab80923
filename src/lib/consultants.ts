// Shared by the server (list filters) and the pages: how a consultant's stage reads.
import { humanize } from "@/lib/humanize";

/** "Active on projects", as DOMAIN.md names it; every other stage reads as its enum value does. */
export function consultantStageOption(stage: string): string {
  return stage === "ACTIVE" ? "Active on projects" : humanize(stage);
}

/** The required certifications (rules.REQUIRED_CONSULTANT_CERTIFICATION_CODES) as the pages name them. */
export const REQUIRED_CERTIFICATION_LABELS: Record<string, string> = {
  MIGRATION: "Migration",
  PM: "Project Management",
};
