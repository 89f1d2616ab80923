// The subcontracting forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { SOW_STATUSES } from "@/server/subcontracting/rules";
import { MAX_RECEIPT_BYTES, RECEIPT_TOO_LARGE_MESSAGE } from "@/lib/subcontracting";
import { emailAddress } from "@/server/auth/schemas";
import { CONSULTANT_SKILLS, DEEP_DIVE_MINUTES, SKILL_RATING, type ConsultantSkillId } from "@/server/subcontracting/rules";

const text = (label: string, max: number) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters.`);

// ── agreements, Prime SOWs and work authorizations (the coordinator's side) ──

const optionalText = (label: string, max: number) => z.string().trim().max(max, `Keep ${label} to ${max} characters.`).optional().default("");

const SUBCONTRACT_RELATIONSHIPS = ["INDIRECT_STAFF_AUGMENTATION", "INDIRECT_PROJECT_BASED", "DIRECT"] as const;

/** The largest amount a form takes: $10,000,000, so sums of cents stay far inside the database's integers. */
const MAX_DOLLARS_CENTS = 10_000_000_00;

/** "300,000" or "$1,234.5" dollars → integer cents, exactly (no floats): at most two decimals. */
export function dollarsToCents(raw: string): number | null {
  const value = raw.trim().replace(/^\$/, "").replaceAll(",", "");
  const match = /^(\d{1,10})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

function dollars(label: string, options: { min: number; whenEmpty?: number }) {
  return z
    .string()
    .trim()
    .max(20, `Enter ${label} in dollars, such as 300000 or 225.50.`)
    .optional()
    .default("")
    .transform((value, context) => {
      if (value === "" && options.whenEmpty !== undefined) return options.whenEmpty;
      const cents = value === "" ? null : dollarsToCents(value);
      if (cents === null) {
        context.addIssue({ code: "custom", message: `Enter ${label} in dollars, such as 300000 or 225.50 (at most two decimals).` });
        return z.NEVER;
      }
      if (cents < options.min) {
        context.addIssue({
          code: "custom",
          message: options.min > 0 ? `${capitalize(label)} must be more than $0.` : `${capitalize(label)} cannot be negative.`,
        });
        return z.NEVER;
      }
      if (cents > MAX_DOLLARS_CENTS) {
        context.addIssue({ code: "custom", message: `${capitalize(label)} can be at most $10,000,000.` });
        return z.NEVER;
      }
      return cents;
    });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A calendar day as the date input sends it (YYYY-MM-DD), read as midnight UTC; empty is null when optional. */
function calendarDay(whenEmpty: string | null) {
  return z
    .string()
    .trim()
    .max(10, "Enter the date as YYYY-MM-DD.")
    .optional()
    .default("")
    .transform((value, context) => {
      if (value === "") {
        if (whenEmpty === null) return null;
        context.addIssue({ code: "custom", message: whenEmpty });
        return z.NEVER;
      }
      const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
        context.addIssue({ code: "custom", message: "Enter a date of the calendar, as YYYY-MM-DD." });
        return z.NEVER;
      }
      return date;
    });
}

/** A calendar day the form must have: `message` when it is empty. */
function requiredDay(message: string) {
  return calendarDay(message).pipe(z.date({ message }));
}

export interface SowRateInput {
  roleName: string;
  hourlyRateCents: number;
}

const RATE_LINE = /^(.{1,80}?)\s*:\s*\$?([\d,]+(?:\.\d+)?)$/;
const MAX_RATES = 20;

/** The rates box: one "Role: rate" a line, e.g. "Senior Consultant: 225". Blank lines are skipped. */
const rateLines = z
  .string()
  .max(4000, "Keep the rates to 4,000 characters.")
  .optional()
  .default("")
  .transform((value, context): SowRateInput[] => {
    const rates: SowRateInput[] = [];
    const lines = value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > MAX_RATES) {
      context.addIssue({ code: "custom", message: `A SOW holds at most ${MAX_RATES} rates.` });
      return z.NEVER;
    }
    for (const [index, line] of lines.entries()) {
      const match = RATE_LINE.exec(line);
      const cents = match ? dollarsToCents(match[2]!) : null;
      if (!match || cents === null) {
        context.addIssue({
          code: "custom",
          message: `Line ${index + 1}: write each rate as "Role: hourly rate in dollars", such as "Senior Consultant: 225".`,
        });
        return z.NEVER;
      }
      if (cents <= 0 || cents > 1_000_00) {
        context.addIssue({ code: "custom", message: `Line ${index + 1}: an hourly rate is more than $0 and at most $1,000.` });
        return z.NEVER;
      }
      const roleName = match[1]!.trim();
      if (rates.some((rate) => rate.roleName.toLowerCase() === roleName.toLowerCase())) {
        context.addIssue({ code: "custom", message: `Line ${index + 1}: ${roleName} already has a rate.` });
        return z.NEVER;
      }
      rates.push({ roleName, hourlyRateCents: cents });
    }
    return rates;
  });

export const ZChangeSubcontractRelationshipSchema = z.object({
  partnerId: recordId("Choose a partner."),
  relationship: z.enum(SUBCONTRACT_RELATIONSHIPS, { message: "Choose staff augmentation, project-based or direct." }),
});
export type TChangeSubcontractRelationship = z.infer<typeof ZChangeSubcontractRelationshipSchema>;

export const ZRecordAgreementExecutedSchema = z.object({
  partnerId: recordId("Choose a partner."),
  kind: z.enum(["MSA", "DPA"], { message: "Choose the MSA or the DPA." }),
  executedOn: requiredDay("Enter the date the agreement was executed."),
  signedDocument: z.instanceof(File, { message: "Attach the signed agreement (PDF)." }),
});
export type TRecordAgreementExecuted = z.infer<typeof ZRecordAgreementExecutedSchema>;

export const ZCreatePrimeSowSchema = z.object({
  partnerId: recordId("Choose a partner."),
  amount: dollars("the amount", { min: 1 }),
  rates: rateLines,
});
export type TCreatePrimeSow = z.infer<typeof ZCreatePrimeSowSchema>;

export const ZUpdateSowRatesSchema = z.object({
  sowId: recordId("Choose a SOW."),
  rates: rateLines,
});
export type TUpdateSowRates = z.infer<typeof ZUpdateSowRatesSchema>;

export const ZMovePrimeSowSchema = z.object({
  sowId: recordId("Choose a SOW."),
  to: z.enum(SOW_STATUSES, { message: "Choose the SOW's next status." }),
  poNumber: optionalText("the PO number", 40),
  note: optionalText("the note", 500),
});
export type TMovePrimeSow = z.infer<typeof ZMovePrimeSowSchema>;

export const ZAttachSowDocumentSchema = z.object({
  sowId: recordId("Choose a SOW."),
  label: text("what the document is", 120),
  document: z.instanceof(File, { message: "Choose the document to attach." }),
});
export type TAttachSowDocument = z.infer<typeof ZAttachSowDocumentSchema>;

export const ZApproveSowPoRequestSchema = z.object({
  requestId: recordId("Choose a PO request."),
  poNumber: text("the PO number", 40),
});
export type TApproveSowPoRequest = z.infer<typeof ZApproveSowPoRequestSchema>;

export const ZCancelSowPoRequestSchema = z.object({ requestId: recordId("Choose a PO request.") });
export type TCancelSowPoRequest = z.infer<typeof ZCancelSowPoRequestSchema>;

export const ZCreateWorkAuthorizationSchema = z
  .object({
    sowId: recordId("Choose a SOW."),
    projectName: text("the project's name", 160),
    // Kept only for staff-augmentation partners (rules.showsCustomerTo); the operation drops it for the others.
    customerName: optionalText("the customer's name", 160),
    scope: text("the scope", 4000),
    technicalRequirements: text("the technical requirements", 4000),
    backgroundCheck: text("the background-check needs (or “None required”)", 1000),
    // One of the SOW's rates by id, or empty to type the rate below.
    rateId: z.string().trim().max(64, "Choose one of the SOW's rates.").optional().default(""),
    hourlyRate: z.string().trim().max(20, "Enter the hourly rate in dollars, such as 225.").optional().default(""),
    hoursAuthorized: z
      .string()
      .trim()
      .min(1, "Enter the hours authorized.")
      .max(6, "Authorize at most 10,000 hours.")
      .regex(/^\d+$/, "Enter the hours authorized as a whole number.")
      .transform(Number)
      .pipe(z.number().min(1, "Authorize at least 1 hour.").max(10_000, "Authorize at most 10,000 hours.")),
    billingTerms: text("the billing terms", 1000),
    travelAndExpenses: text("the travel and expenses terms (or “None”)", 1000),
    expenseBudget: dollars("the travel and expenses budget", { min: 0, whenEmpty: 0 }),
    startsOn: calendarDay(null),
    endsOn: calendarDay(null),
  })
  .transform((value, context) => {
    let hourlyRateCents: number | null = null;
    if (value.rateId === "") {
      const cents = value.hourlyRate === "" ? null : dollarsToCents(value.hourlyRate);
      if (cents === null) {
        context.addIssue({ code: "custom", path: ["hourlyRate"], message: "Choose one of the SOW's rates, or enter the hourly rate in dollars, such as 225." });
        return z.NEVER;
      }
      if (cents <= 0) {
        context.addIssue({ code: "custom", path: ["hourlyRate"], message: "The hourly rate must be more than $0." });
        return z.NEVER;
      }
      if (cents > 1_000_00) {
        context.addIssue({ code: "custom", path: ["hourlyRate"], message: "The hourly rate can be at most $1,000." });
        return z.NEVER;
      }
      hourlyRateCents = cents;
    }
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
      context.addIssue({ code: "custom", path: ["endsOn"], message: "The end date is before the start date." });
      return z.NEVER;
    }
    return {
      sowId: value.sowId,
      projectName: value.projectName,
      customerName: value.customerName,
      scope: value.scope,
      technicalRequirements: value.technicalRequirements,
      backgroundCheck: value.backgroundCheck,
      rateId: value.rateId || null,
      hourlyRateCents,
      hoursAuthorized: value.hoursAuthorized,
      billingTerms: value.billingTerms,
      travelAndExpenses: value.travelAndExpenses,
      expenseBudget: value.expenseBudget,
      startsOn: value.startsOn,
      endsOn: value.endsOn,
    };
  });
export type TCreateWorkAuthorization = z.infer<typeof ZCreateWorkAuthorizationSchema>;

export const ZChangeWorkAuthorizationStatusSchema = z.object({
  workAuthorizationId: recordId("Choose a work authorization."),
  move: z.enum(["ACTIVATE", "COMPLETE", "CANCEL"], { message: "Choose activate, complete or cancel." }),
});
export type TChangeWorkAuthorizationStatus = z.infer<typeof ZChangeWorkAuthorizationStatusSchema>;

// ── hours and invoices (billing) ──

const HOURS_FIELD = /^hours_([A-Za-z0-9]{1,64})_(\d{4}-\d{2}-\d{2})$/;
const DESCRIPTION_FIELD = /^description_([A-Za-z0-9]{1,64})$/;

/**
 * Hours as the grid takes them ("7.5", "0.25") in whole minutes; a quarter hour is the finest step, so every value
 * converts exactly. A blank cell is no hours.
 */
export function hoursToMinutes(raw: string): { minutes: number } | { error: string } {
  const value = raw.trim();
  if (value === "") return { minutes: 0 };
  if (/^-/.test(value)) return { error: "Hours cannot be negative." };
  const match = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return { error: "Enter hours as a number, in quarter hours (for example 7.5)." };
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  if (hundredths % 25 !== 0) return { error: "Enter hours in quarter hours (.25, .5 or .75)." };
  return { minutes: (hundredths / 25) * 15 };
}

export const ZLogWeekHoursSchema = z
  .object({
    week: requiredDay("Choose the week."),
    consultantId: recordId("Choose the consultant."),
  })
  .catchall(z.string().max(2000, "Keep the description to 2000 characters."))
  .transform((value, context) => {
    const cells: { workAuthorizationId: string; workedOn: Date; minutes: number; field: string }[] = [];
    const descriptions = new Map<string, string>();
    for (const [key, raw] of Object.entries(value)) {
      const hours = HOURS_FIELD.exec(key);
      if (hours && typeof raw === "string") {
        const parsed = hoursToMinutes(raw);
        if ("error" in parsed) context.addIssue({ code: "custom", path: [key], message: parsed.error });
        else cells.push({ workAuthorizationId: hours[1], workedOn: new Date(`${hours[2]}T00:00:00Z`), minutes: parsed.minutes, field: key });
        continue;
      }
      const description = DESCRIPTION_FIELD.exec(key);
      if (description && typeof raw === "string") descriptions.set(description[1], raw.trim());
    }
    for (const cell of cells) {
      if (Number.isNaN(cell.workedOn.getTime())) context.addIssue({ code: "custom", path: [cell.field], message: "That is not a day of the week shown." });
    }
    return { week: value.week, consultantId: value.consultantId, cells, descriptions };
  });
export type TLogWeekHours = z.infer<typeof ZLogWeekHoursSchema>;

export const ZDecideTimeEntrySchema = z.object({
  entryId: recordId("Choose the hours."),
  decision: z.enum(["APPROVED", "REJECTED"], { message: "Approve or reject the hours." }),
});
export type TDecideTimeEntry = z.infer<typeof ZDecideTimeEntrySchema>;

export const ZDraftInvoiceSchema = z.object({
  sowId: recordId("Choose the SOW."),
  month: z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Choose the month.")
    .transform((value) => new Date(`${value}-01T00:00:00Z`)),
});
export type TDraftInvoice = z.infer<typeof ZDraftInvoiceSchema>;

export const ZAddInvoiceExpenseSchema = z.object({
  invoiceId: recordId("Choose the invoice."),
  workAuthorizationId: recordId("Choose the work authorization the expense belongs to."),
  incurredOn: requiredDay("Enter the date the expense was incurred."),
  amount: dollars("the amount", { min: 1 }),
  description: text("what the expense was", 500),
  receipt: z
    .instanceof(File, { message: "Attach the receipt (an image or a PDF)." })
    .refine((file) => file.size <= MAX_RECEIPT_BYTES, RECEIPT_TOO_LARGE_MESSAGE),
});
export type TAddInvoiceExpense = z.infer<typeof ZAddInvoiceExpenseSchema>;

export const ZRemoveInvoiceExpenseSchema = z.object({ expenseId: recordId("Choose the expense.") });
export type TRemoveInvoiceExpense = z.infer<typeof ZRemoveInvoiceExpenseSchema>;

export const ZSubmitInvoiceSchema = z.object({ invoiceId: recordId("Choose the invoice.") });
export type TSubmitInvoice = z.infer<typeof ZSubmitInvoiceSchema>;

export const ZApproveInvoiceSchema = z.object({ invoiceId: recordId("Choose the invoice.") });
export type TApproveInvoice = z.infer<typeof ZApproveInvoiceSchema>;

export const ZRejectInvoiceSchema = z.object({
  invoiceId: recordId("Choose the invoice."),
  reason: text("the reason, which the partner reads", 1000),
});
export type TRejectInvoice = z.infer<typeof ZRejectInvoiceSchema>;

// ── the consultant pipeline ──

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
