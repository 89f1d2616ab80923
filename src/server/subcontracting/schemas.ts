// The subcontracting forms: one schema per form, used by the server action (and so by every submit).
import "server-only";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { MAX_RECEIPT_BYTES, RECEIPT_TOO_LARGE_MESSAGE } from "@/lib/subcontracting";

const text = (label: string, max: number) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters.`);

// ── hours and invoices (billing) ──

const HOURS_FIELD = /^hours_([A-Za-z0-9]{1,64})_(\d{4}-\d{2}-\d{2})$/;
const DESCRIPTION_FIELD = /^description_([A-Za-z0-9]{1,64})$/;

/** A calendar day written "2026-12-07" that is a real date, as a UTC date. */
function calendarDay(message: string) {
  return z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), message);
}

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
    week: calendarDay("Choose the week."),
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

/** Dollars with at most two decimals, in integer cents, more than zero. */
const dollars = z
  .string()
  .trim()
  .min(1, "Enter the amount.")
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter the amount in dollars, with at most two decimals (for example 125.40).")
  .transform((value) => {
    const [whole, fraction = ""] = value.split(".");
    return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  })
  .refine((cents) => cents > 0, "The amount must be more than zero.");

export const ZAddInvoiceExpenseSchema = z.object({
  invoiceId: recordId("Choose the invoice."),
  workAuthorizationId: recordId("Choose the work authorization the expense belongs to."),
  incurredOn: calendarDay("Enter the date the expense was incurred."),
  amount: dollars,
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
