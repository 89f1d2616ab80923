// What the award process shows and sends: the company certifications' names, their badge graphics and the social kit.
import "server-only";
import type { CompanyCertificationKind } from "@/generated/prisma/enums";

export const COMPANY_CERTIFICATION_NAMES: Record<CompanyCertificationKind, string> = {
  PSP: "Certified Professional Services Partner",
  CTP: "Certified Training Partner",
};

/** The badge graphic partners download and the locator shows, one per company certification (files in public/). */
export const COMPANY_BADGE_PATHS: Record<CompanyCertificationKind, string> = {
  PSP: "/award-kit/psp-badge.svg",
  CTP: "/award-kit/ctp-badge.svg",
};

/** Suggested posts and the badge's use, for announcing a new certification (a file in public/). */
export const SOCIAL_KIT_PATH = "/award-kit/social-kit.txt";
