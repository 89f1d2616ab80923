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
