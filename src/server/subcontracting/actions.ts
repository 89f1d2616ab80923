"use server";
import { capabilityAction } from "@/server/action";
import {
  ZAddInvoiceExpenseSchema,
  ZApproveInvoiceSchema,
  ZDecideTimeEntrySchema,
  ZDraftInvoiceSchema,
  ZLogWeekHoursSchema,
  ZRejectInvoiceSchema,
  ZRemoveInvoiceExpenseSchema,
  ZSubmitInvoiceSchema,
} from "@/server/subcontracting/schemas";
import { logWeekHours } from "@/server/subcontracting/log-week-hours";
import { decideTimeEntry } from "@/server/subcontracting/decide-time-entry";
import { draftInvoice } from "@/server/subcontracting/draft-invoice";
import { addInvoiceExpense } from "@/server/subcontracting/add-invoice-expense";
import { removeInvoiceExpense } from "@/server/subcontracting/remove-invoice-expense";
import { submitInvoice } from "@/server/subcontracting/submit-invoice";
import { approveInvoice } from "@/server/subcontracting/approve-invoice";
import { rejectInvoice } from "@/server/subcontracting/reject-invoice";

// ── hours and invoices (billing) ──

// Every page that shows hours, invoices or the sums they move.
const BILLING_PATHS = ["/partner/subcontracting", "/ps/invoices", "/ps", "/ps/sows"];

export const logWeekHoursAction = capabilityAction("subcontracting.bill", {
  schema: ZLogWeekHoursSchema,
  run: (input, { user, ip }) => logWeekHours(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: (result) =>
    result.changedCells === 0
      ? `Nothing changed for ${result.consultantName}.`
      : `Saved the week of ${result.consultantName}.` +
        (result.flagged > 0
          ? ` ${result.flagged} day${result.flagged === 1 ? " goes" : "s go"} past the hours authorized and wait for the coordinator's approval.`
          : ""),
});

export const decideTimeEntryAction = capabilityAction("invoices.review", {
  schema: ZDecideTimeEntrySchema,
  run: (input, { user, ip }) => decideTimeEntry(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: (result) => `${result.decision === "APPROVED" ? "Approved" : "Rejected"}: ${result.what}. The partner is told.`,
});

export const draftInvoiceAction = capabilityAction("subcontracting.bill", {
  schema: ZDraftInvoiceSchema,
  run: (input, { user, ip }) => draftInvoice(user, input, { ip }),
  revalidate: BILLING_PATHS,
  redirectTo: (result) => `/partner/subcontracting/invoices/${result.invoiceId}`,
});

export const addInvoiceExpenseAction = capabilityAction("subcontracting.bill", {
  schema: ZAddInvoiceExpenseSchema,
  run: (input, { user, ip }) => addInvoiceExpense(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: "Expense added with its receipt.",
});

export const removeInvoiceExpenseAction = capabilityAction("subcontracting.bill", {
  schema: ZRemoveInvoiceExpenseSchema,
  run: (input, { user, ip }) => removeInvoiceExpense(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: "Expense removed.",
});

export const submitInvoiceAction = capabilityAction("subcontracting.bill", {
  schema: ZSubmitInvoiceSchema,
  run: (input, { user, ip }) => submitInvoice(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: (result) => `Submitted: the ${result.monthLabel} invoice goes to the PS coordinators for approval.`,
});

export const approveInvoiceAction = capabilityAction("invoices.review", {
  schema: ZApproveInvoiceSchema,
  run: (input, { user, ip }) => approveInvoice(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: (result) => `Approved: ${result.partnerName}'s ${result.monthLabel} invoice is final and its total is added to the SOW's burn.`,
});

export const rejectInvoiceAction = capabilityAction("invoices.review", {
  schema: ZRejectInvoiceSchema,
  run: (input, { user, ip }) => rejectInvoice(user, input, { ip }),
  revalidate: BILLING_PATHS,
  successMessage: "Sent back: the partner's admins are told why.",
});
