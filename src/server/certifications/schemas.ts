// The certification forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { STEP_KINDS } from "@/lib/certifications";

/** A checkbox posts "on" when ticked and nothing when not. */
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === "yes", z.boolean());

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .regex(/^\d+$/, `Enter the ${label} as a whole number.`)
    .transform(Number)
    .pipe(z.number().min(min, `The ${label} is at least ${min}.`).max(max, `The ${label} is at most ${max}.`));

export const ZSaveCertificationSchema = z.object({
  certificationId: z.string().trim().max(64).optional().default(""),
  code: z
    .string()
    .trim()
    .min(1, "Enter a code.")
    .max(32, "Keep the code to 32 characters.")
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, "Use capital letters, digits and dashes, such as PSE or SA-CORE.")),
  name: z.string().trim().min(1, "Enter a name.").max(120, "Keep the name to 120 characters."),
  passingScore: wholeNumber("passing score", 1, 100),
  validityMonths: z
    .string()
    .trim()
    .default("")
    .transform((value, context) => {
      if (value === "") return null;
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 120) {
        context.addIssue({ code: "custom", message: "Enter the months it stays valid (1–120), or leave it empty if it never expires." });
        return z.NEVER;
      }
      return Number(value);
    }),
  countsTowardPsp: checkbox,
  meetsNfrCheck: checkbox,
  active: checkbox,
});
export type TSaveCertification = z.infer<typeof ZSaveCertificationSchema>;

export const ZUpdatePspThresholdSchema = z.object({ pspThreshold: wholeNumber("threshold", 1, 100) });
export type TUpdatePspThreshold = z.infer<typeof ZUpdatePspThresholdSchema>;

/** A calendar day as the date input sends it (YYYY-MM-DD), read as midnight UTC. */
const calendarDay = z
  .string()
  .trim()
  .min(1, "Enter the date you completed it.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD.")
  .transform((value, context) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: "custom", message: "That is not a date of the calendar." });
      return z.NEVER;
    }
    return date;
  });

export const ZRecordCertificationStepSchema = z.object({
  certificationId: recordId("Choose a certification."),
  step: z.enum(STEP_KINDS, { message: "Choose training, lab or exam." }),
  score: z
    .string()
    .trim()
    .default("")
    .transform((value, context) => {
      if (value === "") return null;
      if (!/^\d+$/.test(value) || Number(value) > 100) {
        context.addIssue({ code: "custom", message: "Enter the score as a whole number from 0 to 100." });
        return z.NEVER;
      }
      return Number(value);
    }),
  completedOn: calendarDay,
  certificate: z.instanceof(File, { message: "Attach the certificate (PDF or PNG)." }),
});
export type TRecordCertificationStep = z.infer<typeof ZRecordCertificationStepSchema>;

export const ZVerifyExamPassSchema = z.object({ stepId: recordId("Choose an exam pass.") });
export type TVerifyExamPass = z.infer<typeof ZVerifyExamPassSchema>;

export const ZRejectExamPassSchema = z.object({
  stepId: recordId("Choose an exam pass."),
  reason: z.string().trim().min(1, "Say why the exam pass is rejected; the person reads it.").max(1000, "Keep the reason to 1,000 characters."),
});
export type TRejectExamPass = z.infer<typeof ZRejectExamPassSchema>;

export const ZImportCompletionsSchema = z.object({
  file: z.instanceof(File, { message: "Choose a CSV file of completions." }),
});
export type TImportCompletions = z.infer<typeof ZImportCompletionsSchema>;
