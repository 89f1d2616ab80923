"use server";
import { headers } from "next/headers";
import { capabilityAction } from "@/server/action";
import {
  ZAcceptAgreementSchema,
  ZCreateAgreementVersionSchema,
  ZOpenLegalRequestSchema,
  ZPublishAgreementVersionSchema,
  ZResolveLegalRequestSchema,
  ZUpdateAgreementDraftSchema,
  ZUpdateLegalRequestSchema,
} from "@/server/agreements/schemas";
import { acceptAgreement } from "@/server/agreements/accept-agreement";
import { openLegalRequest } from "@/server/agreements/open-legal-request";
import { createAgreementVersion } from "@/server/agreements/create-agreement-version";
import { updateAgreementDraft } from "@/server/agreements/update-agreement-draft";
import { publishAgreementVersion } from "@/server/agreements/publish-agreement-version";
import { updateLegalRequest } from "@/server/agreements/update-legal-request";
import { resolveLegalRequest } from "@/server/agreements/resolve-legal-request";

// The banner about pending agreements sits in the partner layout, so partner-side changes refresh every partner page.
const PARTNER_PATHS = ["/partner", "/partner/agreements"];

export const acceptAgreementAction = capabilityAction("agreements.respond", {
  schema: ZAcceptAgreementSchema,
  run: async (input, { user, ip }) => acceptAgreement(user, input, { ip, userAgent: (await headers()).get("user-agent") }),
  revalidate: PARTNER_PATHS,
  successMessage: (result) => `Accepted: ${result.templateName} version ${result.version}. Thank you.`,
});

export const openLegalRequestAction = capabilityAction("agreements.respond", {
  schema: ZOpenLegalRequestSchema,
  run: (input, { user, ip }) => openLegalRequest(user, input, { ip }),
  revalidate: PARTNER_PATHS,
  successMessage: (result) => `Legal request opened on the ${result.templateName} version ${result.version}. The channel team will contact you.`,
});

export const createAgreementVersionAction = capabilityAction("agreements.manage", {
  schema: ZCreateAgreementVersionSchema,
  run: (input, { user, ip }) => createAgreementVersion(user, input, { ip }),
  revalidate: ["/admin/agreements"],
  redirectTo: (result) => `/admin/agreements/${result.templateId}/versions/${result.versionId}`,
});

export const updateAgreementDraftAction = capabilityAction("agreements.manage", {
  schema: ZUpdateAgreementDraftSchema,
  run: (input, { user, ip }) => updateAgreementDraft(user, input, { ip }),
  revalidate: ["/admin/agreements"],
  successMessage: "Draft saved.",
});

export const publishAgreementVersionAction = capabilityAction("agreements.manage", {
  schema: ZPublishAgreementVersionSchema,
  run: (input, { user, ip }) => publishAgreementVersion(user, input, { ip }),
  revalidate: ["/admin/agreements", "/partner"],
  redirectTo: (result) => `/admin/agreements/${result.templateId}?published=${result.version}`,
});

export const updateLegalRequestAction = capabilityAction("legalRequests.manage", {
  schema: ZUpdateLegalRequestSchema,
  run: (input, { user, ip }) => updateLegalRequest(user, input, { ip }),
  revalidate: ["/admin/legal-requests", "/partner/agreements"],
  successMessage: "Legal request updated.",
});

export const resolveLegalRequestAction = capabilityAction("legalRequests.manage", {
  schema: ZResolveLegalRequestSchema,
  run: (input, { user, ip }) => resolveLegalRequest(user, input, { ip }),
  revalidate: ["/admin/legal-requests", "/partner/agreements", "/phd/applicants"],
  successMessage: (result) =>
    result.status === "RESOLVED"
      ? "Resolved as agreed: the agreement is recorded for the company, and the partner and the PHD desk are told."
      : "Declined: the partner is emailed the reason and the PHD desk is told.",
});
