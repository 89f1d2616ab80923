"use server";
import { headers } from "next/headers";
import { capabilityAction, publicAction } from "@/server/action";
import { readDraftKey, rememberDraft, forgetDraft } from "@/server/applications/draft-cookie";
import {
  ZAddAccountNoteSchema,
  ZAgreementsStepSchema,
  ZApproveApplicationSchema,
  ZCompanyStepSchema,
  ZContactStepSchema,
  ZDenyApplicationSchema,
  ZNoInputSchema,
  ZProgramStepSchema,
  ZReapplySchema,
  ZSaveReviewChecklistSchema,
  ZUpdateApplicantAccountSchema,
  ZVerifyApplicationEmailSchema,
} from "@/server/applications/schemas";
import { saveCompanyStep } from "@/server/applications/save-company-step";
import { saveProgramStep } from "@/server/applications/save-program-step";
import { saveContactStep } from "@/server/applications/save-contact-step";
import { saveAgreementsStep } from "@/server/applications/save-agreements-step";
import { resendApplicationVerification } from "@/server/applications/resend-application-verification";
import { verifyApplicationEmail } from "@/server/applications/verify-application-email";
import { requestApplicationHandover } from "@/server/applications/request-application-handover";
import { submitApplication } from "@/server/applications/submit-application";
import { saveReviewChecklist } from "@/server/applications/save-review-checklist";
import { updateApplicantAccount } from "@/server/applications/update-applicant-account";
import { addAccountNote } from "@/server/applications/add-account-note";
import { approveApplication } from "@/server/applications/approve-application";
import { denyApplication } from "@/server/applications/deny-application";
import { reapplyApplication } from "@/server/applications/reapply-application";
import { signInAddressPath } from "@/lib/sign-in-path";

// ── applying ──

export const saveCompanyStepAction = publicAction({
  schema: ZCompanyStepSchema,
  run: async (input, { ip }) => {
    const { draftKey } = await saveCompanyStep(await readDraftKey(), input, { ip });
    await rememberDraft(draftKey);
  },
  redirectTo: "/register?step=2",
});

export const saveProgramStepAction = publicAction({
  schema: ZProgramStepSchema,
  run: async (input, { ip }) => saveProgramStep(await readDraftKey(), input, { ip }),
  redirectTo: "/register?step=3",
});

export const saveContactStepAction = publicAction({
  schema: ZContactStepSchema,
  run: async (input, { ip }) => saveContactStep(await readDraftKey(), input, { ip }),
  redirectTo: (result) => (result.verificationSent ? "/register?step=4&sent=1" : "/register?step=4"),
});

export const saveAgreementsStepAction = publicAction({
  schema: ZAgreementsStepSchema,
  run: async (input, { ip }) => saveAgreementsStep(await readDraftKey(), input, { ip }),
  redirectTo: "/register?step=5",
});

export const resendApplicationVerificationAction = publicAction({
  schema: ZNoInputSchema,
  run: async (_input, { ip }) => resendApplicationVerification(await readDraftKey(), { ip }),
  successMessage: "We sent a new link. It works once and expires in 48 hours.",
});

export const requestApplicationHandoverAction = publicAction({
  schema: ZNoInputSchema,
  run: async (_input, { ip }) => requestApplicationHandover(await readDraftKey(), { ip }),
  successMessage: (result) => `We emailed a link to ${result.email}. Open it in this browser to continue your application here.`,
});

export const verifyApplicationEmailAction = publicAction({
  schema: ZVerifyApplicationEmailSchema,
  run: async (input, { ip }) => {
    const { draftKey } = await verifyApplicationEmail(input, { ip });
    await rememberDraft(draftKey);
  },
  redirectTo: "/register?verified=1",
});

export const submitApplicationAction = publicAction({
  schema: ZNoInputSchema,
  run: async (_input, { ip }) => {
    const result = await submitApplication(await readDraftKey(), { ip, userAgent: (await headers()).get("user-agent") });
    await forgetDraft();
    return result;
  },
  revalidate: ["/phd/applicants"],
  redirectTo: (result) => signInAddressPath("applied", result.email),
});

export const reapplyApplicationAction = capabilityAction("application.reapply", {
  schema: ZReapplySchema,
  run: (input, { user, ip }) => reapplyApplication(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  // The form goes away with the denial, so the page itself says the application was sent.
  redirectTo: "/application?sent=1",
});

// ── reviewing ──

export const saveReviewChecklistAction = capabilityAction("applicants.review", {
  schema: ZSaveReviewChecklistSchema,
  run: (input, { user, ip }) => saveReviewChecklist(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  successMessage: (result) => (result.changed === 0 ? "No answers changed." : `Checklist saved: ${result.changed} answer(s) recorded.`),
});

export const updateApplicantAccountAction = capabilityAction("applicants.review", {
  schema: ZUpdateApplicantAccountSchema,
  run: (input, { user, ip }) => updateApplicantAccount(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  successMessage: "Account details saved.",
});

export const addAccountNoteAction = capabilityAction("applicants.review", {
  schema: ZAddAccountNoteSchema,
  run: (input, { user, ip }) => addAccountNote(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  successMessage: "Note added.",
});

export const approveApplicationAction = capabilityAction("applicants.review", {
  schema: ZApproveApplicationSchema,
  run: (input, { user, ip }) => approveApplication(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  successMessage: "Approved: the partner is Authorized and the welcome email is on its way.",
});

export const denyApplicationAction = capabilityAction("applicants.review", {
  schema: ZDenyApplicationSchema,
  run: (input, { user, ip }) => denyApplication(user, input, { ip }),
  revalidate: ["/phd/applicants"],
  successMessage: "Denied: the applicant is emailed the reason.",
});
