"use server";
import { capabilityAction } from "@/server/action";
import {
  ZAnswerNfrRequestInfoSchema,
  ZApproveNfrRequestSchema,
  ZAskNfrRequestInfoSchema,
  ZFileNfrRequestSchema,
  ZRejectNfrRequestSchema,
  ZRevokeNfrLicenseSchema,
  ZUpdateNfrCapModeSchema,
} from "@/server/nfr/schemas";
import { fileNfrRequest } from "@/server/nfr/file-nfr-request";
import { approveNfrRequest } from "@/server/nfr/approve-nfr-request";
import { rejectNfrRequest } from "@/server/nfr/reject-nfr-request";
import { askNfrRequestInfo } from "@/server/nfr/ask-nfr-request-info";
import { answerNfrRequestInfo } from "@/server/nfr/answer-nfr-request-info";
import { revokeNfrLicense } from "@/server/nfr/revoke-nfr-license";
import { updateNfrCapMode } from "@/server/nfr/update-nfr-cap-mode";

// Every page that lists requests or licenses, or counts them.
const NFR_PATHS = ["/partner/nfr", "/partner", "/cam/nfr", "/cam", "/phd/nfr", "/phd/nfr/licenses", "/accounts"];

export const fileNfrRequestAction = capabilityAction("nfr.request", {
  schema: ZFileNfrRequestSchema,
  run: (input, { user, ip }) => fileNfrRequest(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: (result) => `Request filed for ${result.partnerName}. The Partner Help Desk is notified; you will be told when it is decided.`,
});

export const approveNfrRequestAction = capabilityAction("nfr.process", {
  schema: ZApproveNfrRequestSchema,
  run: (input, { user, ip }) => approveNfrRequest(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: (result) =>
    `Approved: license ${result.referenceNumber} is emailed to ${result.contactEmail} and the requester is told.` +
    (result.encouraged ? " No employee is certified yet, so the contact and the CAM are encouraged to certify someone." : ""),
});

export const rejectNfrRequestAction = capabilityAction("nfr.process", {
  schema: ZRejectNfrRequestSchema,
  run: (input, { user, ip }) => rejectNfrRequest(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: "Rejected: the requester is told why.",
});

export const askNfrRequestInfoAction = capabilityAction("nfr.process", {
  schema: ZAskNfrRequestInfoSchema,
  run: (input, { user, ip }) => askNfrRequestInfo(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: "Asked: the request waits for the requester's answer, and you will be notified when it comes.",
});

export const answerNfrRequestInfoAction = capabilityAction("nfr.request", {
  schema: ZAnswerNfrRequestInfoSchema,
  run: (input, { user, ip }) => answerNfrRequestInfo(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: "Sent: the request is back with the Partner Help Desk.",
});

export const revokeNfrLicenseAction = capabilityAction("nfr.process", {
  schema: ZRevokeNfrLicenseSchema,
  run: (input, { user, ip }) => revokeNfrLicense(user, input, { ip }),
  revalidate: NFR_PATHS,
  successMessage: (result) => `License ${result.referenceNumber} is revoked; the partner's admins and CAM are told.`,
});

export const updateNfrCapModeAction = capabilityAction("nfr.settings", {
  schema: ZUpdateNfrCapModeSchema,
  run: (input, { user, ip }) => updateNfrCapMode(user, input, { ip }),
  revalidate: ["/admin/nfr", "/phd/nfr"],
  successMessage: "Saved: the next eligibility check counts the cap this way.",
});
