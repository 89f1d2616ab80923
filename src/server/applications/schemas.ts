import "server-only";
import { z } from "zod";
import { linkToken, recordId } from "@/server/schema-fields";
import { AgreementKind, CompanySize, PartnerTier, PartnerTrack, Region } from "@/generated/prisma/enums";
import { PASSWORDS_DIFFER, passwordsMatch, ZEmail, ZNewPasswordFields } from "@/server/auth/schemas";
import { websiteDomainOf } from "@/server/partners/rules";
import { WORK_PLAN_MIN_LENGTH } from "@/lib/application-form";

const text = (label: string, min: number, max: number) =>
  z.string().trim().min(1, `Enter ${label}.`).min(min, `Enter at least ${min} characters.`).max(max, `Use at most ${max} characters.`);

/** A checkbox group posts one value as a string and several as an array. */
const manyOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const ZWebsite = z
  .string()
  .trim()
  .min(1, "Enter the company's website.")
  .max(200, "Use at most 200 characters.")
  .transform((value, context) => {
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const parsed = new URL(url);
      if (!["http:", "https:"].includes(parsed.protocol) || !parsed.hostname.includes(".")) throw new Error("no host");
      websiteDomainOf(url);
      return url;
    } catch {
      context.addIssue({ code: "custom", message: "Enter a website address such as fabrikam.com." });
      return z.NEVER;
    }
  });

export const ZCompanyStepSchema = z.object({
  legalName: text("the company's legal name", 2, 200),
  website: ZWebsite,
  country: text("the country of the head office", 2, 80),
  region: z.enum(Region, { message: "Choose the region you sell in." }),
  size: z.enum(CompanySize, { message: "Choose the company's size." }),
});
export type TCompanyStep = z.infer<typeof ZCompanyStepSchema>;

export const ZProgramStepSchema = z.object({
  tracks: manyOf(z.enum(PartnerTrack)).pipe(z.array(z.enum(PartnerTrack)).min(1, "Choose at least one track.")),
  tier: z.enum(PartnerTier, { message: "Choose a tier." }),
  workPlan: text("how you plan to work with us", WORK_PLAN_MIN_LENGTH, 2000),
});
export type TProgramStep = z.infer<typeof ZProgramStepSchema>;

const ZPhone = z
  .string()
  .trim()
  .min(1, "Enter a phone number: deal registration needs one.")
  .regex(/^\+?[0-9 ()./-]{6,30}$/, "Enter a phone number with digits, spaces, dashes or a leading +.");

export const ZContactStepSchema = z
  .object({
    name: text("your name", 2, 120),
    email: ZEmail,
    phone: ZPhone,
    title: text("your job title", 2, 120),
    ...ZNewPasswordFields,
  })
  .refine(passwordsMatch, PASSWORDS_DIFFER);
export type TContactStep = z.infer<typeof ZContactStepSchema>;

export const AGREEMENT_DECISIONS = ["ACCEPT", "NEGOTIATE"] as const;

/** One decision per agreement, posted as `decision_<KIND>` with `reason_<KIND>` when negotiating. */
export const ZAgreementsStepSchema = z
  .object(
    Object.fromEntries(
      Object.values(AgreementKind).flatMap((kind) => [
        [`decision_${kind}`, z.enum(AGREEMENT_DECISIONS).optional().catch(undefined)],
        [`reason_${kind}`, z.string().trim().max(2000, "Use at most 2000 characters.").optional()],
      ]),
    ) as Record<`decision_${AgreementKind}`, z.ZodOptional<z.ZodEnum<{ ACCEPT: "ACCEPT"; NEGOTIATE: "NEGOTIATE" }>>> &
      Record<`reason_${AgreementKind}`, z.ZodOptional<z.ZodString>>,
  )
  .superRefine((value, context) => {
    for (const kind of Object.values(AgreementKind)) {
      const reason = value[`reason_${kind}`] ?? "";
      if (value[`decision_${kind}`] === "NEGOTIATE" && reason.length < 10) {
        context.addIssue({
          code: "custom",
          path: [`reason_${kind}`],
          message: "Tell our legal team which terms you need to negotiate (at least 10 characters).",
        });
      }
    }
  });
export type TAgreementsStep = z.infer<typeof ZAgreementsStepSchema>;

export const ZVerifyApplicationEmailSchema = z.object({ token: linkToken("This link is not valid. Ask for a new one.") });
export type TVerifyApplicationEmail = z.infer<typeof ZVerifyApplicationEmailSchema>;

export const ZNoInputSchema = z.object({});

// What a draft holds between steps. The password never goes here: its hash has its own column.
const ZDraftAgreementDecision = z.object({
  versionId: z.string(),
  decision: z.enum(AGREEMENT_DECISIONS),
  reason: z.string().optional(),
  decidedAt: z.string(),
  ip: z.string().nullable(),
});
export type TDraftAgreementDecision = z.infer<typeof ZDraftAgreementDecision>;

export const ZApplicationDraftDataSchema = z.object({
  company: ZCompanyStepSchema.optional(),
  program: z.object({ tracks: z.array(z.enum(PartnerTrack)), tier: z.enum(PartnerTier), workPlan: z.string() }).optional(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string(), title: z.string() }).optional(),
  agreements: z.partialRecord(z.enum(AgreementKind), ZDraftAgreementDecision).optional(),
});
export type TApplicationDraftData = z.infer<typeof ZApplicationDraftDataSchema>;

// ── the PHD's review ──

const ZPartnerId = recordId("Choose an applicant.");
const ZChecklistAnswer = z.enum(["yes", "no"]).optional().catch(undefined);

export const ZSaveReviewChecklistSchema = z.object({
  partnerId: ZPartnerId,
  ...Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`item_${index + 1}`, ZChecklistAnswer])),
}) as z.ZodObject<{ partnerId: typeof ZPartnerId } & Record<`item_${number}`, typeof ZChecklistAnswer>>;
export type TSaveReviewChecklist = z.infer<typeof ZSaveReviewChecklistSchema>;

export const ZUpdateApplicantAccountSchema = z.object({
  partnerId: ZPartnerId,
  region: z.enum(Region, { message: "Choose a region." }),
  camOwnerId: z
    .string()
    .trim()
    .max(64, "That is not a record of the portal.")
    .transform((value) => value || null),
  crmId: z
    .string()
    .trim()
    .max(60, "Use at most 60 characters.")
    .regex(/^[\w-]*$/, "Use letters, digits, dashes and underscores.")
    .transform((value) => value || null),
});
export type TUpdateApplicantAccount = z.infer<typeof ZUpdateApplicantAccountSchema>;

export const ZAddAccountNoteSchema = z.object({ partnerId: ZPartnerId, note: text("a note", 2, 2000) });
export type TAddAccountNote = z.infer<typeof ZAddAccountNoteSchema>;

export const ZApproveApplicationSchema = z.object({ partnerId: ZPartnerId });
export type TApproveApplication = z.infer<typeof ZApproveApplicationSchema>;

export const ZDenyApplicationSchema = z.object({ partnerId: ZPartnerId, reason: text("the reason the applicant will read", 10, 2000) });
export type TDenyApplication = z.infer<typeof ZDenyApplicationSchema>;

// ── after a denial ──

export const ZReapplySchema = z.object({
  whatChanged: text("what has changed since the decision", 20, 2000),
  workPlan: text("how you plan to work with us", WORK_PLAN_MIN_LENGTH, 2000),
});
export type TReapply = z.infer<typeof ZReapplySchema>;
