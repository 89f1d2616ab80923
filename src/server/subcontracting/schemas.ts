// The subcontracting forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { emailAddress } from "@/server/auth/schemas";
import { CONSULTANT_SKILLS, DEEP_DIVE_MINUTES, SKILL_RATING, type ConsultantSkillId } from "@/server/subcontracting/rules";

const text = (label: string, max: number) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters.`);

// ── Consultant pipeline (sub-consultants) ──

/** A checkbox: present ("on") when ticked, absent otherwise. */
const ticked = z
  .string()
  .optional()
  .transform((value) => value === "on");

const consultantId = recordId("Choose a consultant.");

export const ZAddConsultantSchema = z.object({
  partnerId: recordId("Choose the partner the consultant works for."),
  name: text("the consultant's name", 120),
  email: emailAddress("Enter the consultant's email address."),
  // Optional: the partner user account the consultant signs in with, whose certifications the pipeline reads.
  accountEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "An email address has at most 254 characters.")
    .optional()
    .default("")
    .pipe(z.union([z.literal(""), z.email("Enter the email of their portal account, or leave it empty.")]))
    .transform((value) => value || null),
});
export type TAddConsultant = z.infer<typeof ZAddConsultantSchema>;

const skillRating = (label: string) =>
  z
    .string({ message: `Rate ${label} from ${SKILL_RATING.min} to ${SKILL_RATING.max}.` })
    .trim()
    .regex(/^[1-5]$/, `Rate ${label} from ${SKILL_RATING.min} to ${SKILL_RATING.max}.`)
    .transform(Number);

export const ZLinkConsultantAccountSchema = z.object({
  consultantId,
  accountEmail: emailAddress("Enter the email of their portal account."),
});
export type TLinkConsultantAccount = z.infer<typeof ZLinkConsultantAccountSchema>;

export const ZSubmitConsultantSkillsSchema = z
  .object({
    consultantId,
    ...Object.fromEntries(CONSULTANT_SKILLS.map((skill) => [`skill_${skill.id}`, skillRating(skill.label)])),
  })
  .transform((value) => {
    const ratings = value as unknown as Record<string, number>;
    return {
      consultantId: value.consultantId,
      skills: Object.fromEntries(CONSULTANT_SKILLS.map((skill) => [skill.id, ratings[`skill_${skill.id}`]])) as Record<ConsultantSkillId, number>,
    };
  });
export type TSubmitConsultantSkills = z.infer<typeof ZSubmitConsultantSkillsSchema>;

export const ZReviewConsultantVideoSchema = z.object({
  consultantId,
  videoUrl: z
    .string()
    .trim()
    .min(1, "Enter the link to the soft-skills video.")
    .max(2000, "Keep the link to 2000 characters.")
    .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, message: "Enter the video's full https link, such as https://videos.example.com/intro." })),
  videoReview: text("your review notes", 4000),
});
export type TReviewConsultantVideo = z.infer<typeof ZReviewConsultantVideoSchema>;

export const ZVerifyConsultantCertificationsSchema = z.object({ consultantId });
export type TVerifyConsultantCertifications = z.infer<typeof ZVerifyConsultantCertificationsSchema>;

export const ZRecordConsultantDeepDiveSchema = z.object({
  consultantId,
  heldOn: z
    .string()
    .trim()
    .min(1, "Enter the date of the deep-dive.")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD.")
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), "Enter a real date.")
    .refine((date) => date.getTime() <= Date.now(), "The deep-dive is recorded once it took place: the date cannot be in the future."),
  minutes: z
    .string()
    .trim()
    .min(1, "Enter how long the deep-dive took, in minutes.")
    .regex(/^\d+$/, "Enter the minutes as a whole number.")
    .transform(Number)
    .pipe(
      z
        .number()
        .min(DEEP_DIVE_MINUTES.min, `A deep-dive lasts ${DEEP_DIVE_MINUTES.min} to ${DEEP_DIVE_MINUTES.max} minutes.`)
        .max(DEEP_DIVE_MINUTES.max, `A deep-dive lasts ${DEEP_DIVE_MINUTES.min} to ${DEEP_DIVE_MINUTES.max} minutes.`),
    ),
  result: z.enum(["PASS", "FAIL"], { message: "Choose whether the consultant passed or failed." }),
  pseName: text("the Sr. PSE's name", 120),
  notes: text("the deep-dive notes", 4000),
});
export type TRecordConsultantDeepDive = z.infer<typeof ZRecordConsultantDeepDiveSchema>;

export const ZApproveConsultantSchema = z.object({ consultantId });
export type TApproveConsultant = z.infer<typeof ZApproveConsultantSchema>;

export const ZDeclineConsultantSchema = z.object({ consultantId, reason: text("the reason", 2000) });
export type TDeclineConsultant = z.infer<typeof ZDeclineConsultantSchema>;

export const ZUpdateConsultantOnboardingSchema = z.object({
  consultantId,
  accessRequested: ticked,
  onboardingBuddy: z.string().trim().max(120, "Keep the buddy's name to 120 characters.").optional().default(""),
  timeLoggingSet: ticked,
});
export type TUpdateConsultantOnboarding = z.infer<typeof ZUpdateConsultantOnboardingSchema>;

export const ZUpdateConsultantOffboardingSchema = z.object({
  consultantId,
  retroNotes: z.string().trim().max(4000, "Keep the retro notes to 4000 characters.").optional().default(""),
  accessRemoved: ticked,
  otherProjectsChecked: ticked,
});
export type TUpdateConsultantOffboarding = z.infer<typeof ZUpdateConsultantOffboardingSchema>;

export const ZAssignConsultantSchema = z.object({
  consultantId,
  workAuthorizationId: recordId("Choose a work authorization."),
});
export type TAssignConsultant = z.infer<typeof ZAssignConsultantSchema>;
