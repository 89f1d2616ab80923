"use server";
import { capabilityAction } from "@/server/action";
import {
  ZApproveSowPoRequestSchema,
  ZAttachSowDocumentSchema,
  ZCancelSowPoRequestSchema,
  ZChangeSubcontractRelationshipSchema,
  ZChangeWorkAuthorizationStatusSchema,
  ZCreatePrimeSowSchema,
  ZCreateWorkAuthorizationSchema,
  ZMovePrimeSowSchema,
  ZRecordAgreementExecutedSchema,
  ZUpdateSowRatesSchema,
  ZAddInvoiceExpenseSchema,
  ZApproveInvoiceSchema,
  ZDecideTimeEntrySchema,
  ZDraftInvoiceSchema,
  ZLogWeekHoursSchema,
  ZRejectInvoiceSchema,
  ZRemoveInvoiceExpenseSchema,
  ZSubmitInvoiceSchema,
  ZAddConsultantSchema,
  ZApproveConsultantSchema,
  ZAssignConsultantSchema,
  ZDeclineConsultantSchema,
  ZLinkConsultantAccountSchema,
  ZRecordConsultantDeepDiveSchema,
  ZReviewConsultantVideoSchema,
  ZSubmitConsultantSkillsSchema,
  ZUpdateConsultantOffboardingSchema,
  ZUpdateConsultantOnboardingSchema,
  ZVerifyConsultantCertificationsSchema,
} from "@/server/subcontracting/schemas";
import { changeSubcontractRelationship } from "@/server/subcontracting/change-subcontract-relationship";
import { recordAgreementExecuted } from "@/server/subcontracting/record-agreement-executed";
import { createPrimeSow } from "@/server/subcontracting/create-prime-sow";
import { updateSowRates } from "@/server/subcontracting/update-sow-rates";
import { movePrimeSow } from "@/server/subcontracting/move-prime-sow";
import { attachSowDocument } from "@/server/subcontracting/attach-sow-document";
import { approveSowPoRequest } from "@/server/subcontracting/approve-sow-po-request";
import { cancelSowPoRequest } from "@/server/subcontracting/cancel-sow-po-request";
import { createWorkAuthorization } from "@/server/subcontracting/create-work-authorization";
import { changeWorkAuthorizationStatus } from "@/server/subcontracting/change-work-authorization-status";
import { SUBCONTRACT_RELATIONSHIP_LABELS, statusInSentence } from "@/lib/subcontracting-labels";
import { formatMoney } from "@/lib/format";
import { logWeekHours } from "@/server/subcontracting/log-week-hours";
import { decideTimeEntry } from "@/server/subcontracting/decide-time-entry";
import { draftInvoice } from "@/server/subcontracting/draft-invoice";
import { addInvoiceExpense } from "@/server/subcontracting/add-invoice-expense";
import { removeInvoiceExpense } from "@/server/subcontracting/remove-invoice-expense";
import { submitInvoice } from "@/server/subcontracting/submit-invoice";
import { approveInvoice } from "@/server/subcontracting/approve-invoice";
import { rejectInvoice } from "@/server/subcontracting/reject-invoice";
import { addConsultant } from "@/server/subcontracting/add-consultant";
import { linkConsultantAccount } from "@/server/subcontracting/link-consultant-account";
import { submitConsultantSkills } from "@/server/subcontracting/submit-consultant-skills";
import { reviewConsultantVideo } from "@/server/subcontracting/review-consultant-video";
import { verifyConsultantCertifications } from "@/server/subcontracting/verify-consultant-certifications";
import { recordConsultantDeepDive } from "@/server/subcontracting/record-consultant-deep-dive";
import { approveConsultant } from "@/server/subcontracting/approve-consultant";
import { declineConsultant } from "@/server/subcontracting/decline-consultant";
import { updateConsultantOnboarding } from "@/server/subcontracting/update-consultant-onboarding";
import { updateConsultantOffboarding } from "@/server/subcontracting/update-consultant-offboarding";
import { assignConsultant } from "@/server/subcontracting/assign-consultant";

// ── agreements, Prime SOWs and work authorizations (the coordinator's side) ──

// The lists that show a partner's agreements, SOWs, funds or authorizations (the burn home reads the funds too); the record
// page the form is on refreshes with any revalidation.
const SOW_PATHS = ["/ps", "/ps/sows", "/ps/partners", "/partner/subcontracting"];

export const changeSubcontractRelationshipAction = capabilityAction("sows.manage", {
  schema: ZChangeSubcontractRelationshipSchema,
  run: (input, { user, ip }) => changeSubcontractRelationship(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `${result.partnerName} is now ${SUBCONTRACT_RELATIONSHIP_LABELS[result.relationship].toLowerCase()}.`,
});

export const recordAgreementExecutedAction = capabilityAction("sows.manage", {
  schema: ZRecordAgreementExecutedSchema,
  run: (input, { user, ip }) => recordAgreementExecuted(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `${result.partnerName}'s ${result.kind} is recorded as executed, with its signed copy.`,
});

export const createPrimeSowAction = capabilityAction("sows.manage", {
  schema: ZCreatePrimeSowSchema,
  run: (input, { user, ip }) => createPrimeSow(user, input, { ip }),
  revalidate: SOW_PATHS,
  redirectTo: (result) => `/ps/sows/${result.id}`,
});

export const updateSowRatesAction = capabilityAction("sows.manage", {
  schema: ZUpdateSowRatesSchema,
  run: (input, { user, ip }) => updateSowRates(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: "Rates saved.",
});

export const movePrimeSowAction = capabilityAction("sows.manage", {
  schema: ZMovePrimeSowSchema,
  run: (input, { user, ip }) => movePrimeSow(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `SOW ${result.number} is now ${statusInSentence(result.status)}.`,
});

export const attachSowDocumentAction = capabilityAction("sows.manage", {
  schema: ZAttachSowDocumentSchema,
  run: (input, { user, ip }) => attachSowDocument(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `${result.label} is attached to SOW ${result.number}.`,
});

export const approveSowPoRequestAction = capabilityAction("sows.manage", {
  schema: ZApproveSowPoRequestSchema,
  run: (input, { user, ip }) => approveSowPoRequest(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `PO approved: ${formatMoney(result.addedCents)} added to SOW ${result.number}.`,
});

export const cancelSowPoRequestAction = capabilityAction("sows.manage", {
  schema: ZCancelSowPoRequestSchema,
  run: (input, { user, ip }) => cancelSowPoRequest(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: "The PO request is cancelled; the SOW's funds are unchanged.",
});

export const createWorkAuthorizationAction = capabilityAction("sows.manage", {
  schema: ZCreateWorkAuthorizationSchema,
  run: (input, { user, ip }) => createWorkAuthorization(user, input, { ip }),
  revalidate: SOW_PATHS,
  redirectTo: (result) => `/ps/work-authorizations/${result.id}`,
});

export const changeWorkAuthorizationStatusAction = capabilityAction("sows.manage", {
  schema: ZChangeWorkAuthorizationStatusSchema,
  run: (input, { user, ip }) => changeWorkAuthorizationStatus(user, input, { ip }),
  revalidate: SOW_PATHS,
  successMessage: (result) => `"${result.projectName}" is now ${statusInSentence(result.status)}.`,
});

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

// ── the consultant pipeline ──

// The board and list count consultants per stage; the record page re-renders with the action's response.
const CONSULTANT_PATHS = ["/ps/consultants"];

export const addConsultantAction = capabilityAction("consultants.manage", {
  schema: ZAddConsultantSchema,
  run: (input, { user, ip }) => addConsultant(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  redirectTo: (result) => `/ps/consultants/${result.consultantId}`,
});

export const linkConsultantAccountAction = capabilityAction("consultants.manage", {
  schema: ZLinkConsultantAccountSchema,
  run: (input, { user, ip }) => linkConsultantAccount(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `${result.name} is linked to their portal account: their certifications are read from it.`,
});

export const submitConsultantSkillsAction = capabilityAction("consultants.manage", {
  schema: ZSubmitConsultantSkillsSchema,
  run: (input, { user, ip }) => submitConsultantSkills(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `Skills matrix recorded: ${result.name}'s soft-skills video is next.`,
});

export const reviewConsultantVideoAction = capabilityAction("consultants.manage", {
  schema: ZReviewConsultantVideoSchema,
  run: (input, { user, ip }) => reviewConsultantVideo(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `Video review recorded: ${result.name}'s certifications are next.`,
});

export const verifyConsultantCertificationsAction = capabilityAction("consultants.manage", {
  schema: ZVerifyConsultantCertificationsSchema,
  run: (input, { user, ip }) => verifyConsultantCertifications(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `Certifications verified: ${result.name}'s technical deep-dive is next.`,
});

export const recordConsultantDeepDiveAction = capabilityAction("consultants.manage", {
  schema: ZRecordConsultantDeepDiveSchema,
  run: (input, { user, ip }) => recordConsultantDeepDive(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => (result.passed ? `Deep-dive passed: ${result.name} waits for approval.` : `Deep-dive failed: ${result.name} is declined.`),
});

export const approveConsultantAction = capabilityAction("consultants.manage", {
  schema: ZApproveConsultantSchema,
  run: (input, { user, ip }) => approveConsultant(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `${result.name} is approved: onboarding is next, and they can be assigned to work authorizations.`,
});

export const declineConsultantAction = capabilityAction("consultants.manage", {
  schema: ZDeclineConsultantSchema,
  run: (input, { user, ip }) => declineConsultant(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `${result.name} is declined.`,
});

export const updateConsultantOnboardingAction = capabilityAction("consultants.manage", {
  schema: ZUpdateConsultantOnboardingSchema,
  run: (input, { user, ip }) => updateConsultantOnboarding(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => (result.active ? `Onboarding complete: ${result.name} is active on projects.` : "Onboarding checklist saved."),
});

export const updateConsultantOffboardingAction = capabilityAction("consultants.manage", {
  schema: ZUpdateConsultantOffboardingSchema,
  run: (input, { user, ip }) => updateConsultantOffboarding(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => (result.offboarded ? `Offboarding complete: ${result.name} is offboarded.` : "Offboarding checklist saved."),
});

export const assignConsultantAction = capabilityAction("consultants.manage", {
  schema: ZAssignConsultantSchema,
  run: (input, { user, ip }) => assignConsultant(user, input, { ip }),
  revalidate: CONSULTANT_PATHS,
  successMessage: (result) => `${result.name} is assigned to ${result.projectName}.`,
});
