"use server";
import { capabilityAction } from "@/server/action";
import {
  ZImportCompletionsSchema,
  ZRecordCertificationStepSchema,
  ZRejectExamPassSchema,
  ZSaveCertificationSchema,
  ZUpdatePspThresholdSchema,
  ZVerifyExamPassSchema,
} from "@/server/certifications/schemas";
import { saveCertification } from "@/server/certifications/save-certification";
import { updatePspThreshold } from "@/server/certifications/update-psp-threshold";
import { recordCertificationStep } from "@/server/certifications/record-certification-step";
import { verifyExamPass } from "@/server/certifications/verify-exam-pass";
import { rejectExamPass } from "@/server/certifications/reject-exam-pass";
import { startCertificationImport } from "@/server/certifications/start-certification-import";
import { STEP_LABELS } from "@/lib/certifications";

export const saveCertificationAction = capabilityAction("certifications.manage", {
  schema: ZSaveCertificationSchema,
  run: (input, { user, ip }) => saveCertification(user, input, { ip }),
  revalidate: ["/admin/certifications"],
  redirectTo: (result) => `/admin/certifications?saved=${encodeURIComponent(result.code)}`,
});

export const updatePspThresholdAction = capabilityAction("certifications.manage", {
  schema: ZUpdatePspThresholdSchema,
  run: (input, { user, ip }) => updatePspThreshold(user, input, { ip }),
  revalidate: ["/admin/certifications", "/partner/certifications"],
  successMessage: (result) => `PSP now needs ${result.pspThreshold} certified PSEs.`,
});

export const recordCertificationStepAction = capabilityAction("certifications.record", {
  schema: ZRecordCertificationStepSchema,
  run: (input, { user, ip }) => recordCertificationStep(user, input, { ip }),
  revalidate: ["/partner/certifications", "/education"],
  successMessage: (result) =>
    result.step === "EXAM"
      ? `Exam recorded for ${result.certificationName}. It counts once Education Services has verified your certificate.`
      : `${STEP_LABELS[result.step]} recorded for ${result.certificationName}.${result.issued ? " You are certified: your badge is issued." : ""}`,
});

export const verifyExamPassAction = capabilityAction("certifications.verify", {
  schema: ZVerifyExamPassSchema,
  run: (input, { user, ip }) => verifyExamPass(user, input, { ip }),
  revalidate: ["/education", "/partner/certifications"],
  // The decided pass leaves the list, and its form with it: the queue's page says what happened.
  redirectTo: (result) => `/education?decided=${result.issued ? "issued" : "verified"}`,
});

export const rejectExamPassAction = capabilityAction("certifications.verify", {
  schema: ZRejectExamPassSchema,
  run: (input, { user, ip }) => rejectExamPass(user, input, { ip }),
  revalidate: ["/education", "/partner/certifications"],
  redirectTo: "/education?decided=rejected",
});

export const importCompletionsAction = capabilityAction("certifications.import", {
  schema: ZImportCompletionsSchema,
  run: (input, { user, ip }) => startCertificationImport(user, input, { ip }),
  revalidate: ["/education/imports"],
  redirectTo: (result) => `/education/imports/${result.importId}`,
});
