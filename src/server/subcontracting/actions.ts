"use server";
import { capabilityAction } from "@/server/action";
import {
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

// ── Consultant pipeline (sub-consultants) ──

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
