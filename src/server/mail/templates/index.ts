// Every message the portal sends, each declared by its domain (<domain>/emails/*.tsx) with a sample of its data, and
// rendered to HTML and plain text by ../render-email.ts. Callers name a template and pass its data; the names and
// data shapes are the contract. No "server-only" here or in the templates: the rendering thread loads them too.
import type { EmailTemplate } from "./define-template";
import { passwordReset } from "@/server/account/emails/password-reset";
import { notification } from "@/server/notifications/emails/notification";
import { notificationDigest } from "@/server/notifications/emails/notification-digest";
import { applicationEmailVerification } from "@/server/applications/emails/application-email-verification";
import { applicationReceived } from "@/server/applications/emails/application-received";
import { partnerWelcome } from "@/server/applications/emails/partner-welcome";
import { applicationDenied } from "@/server/applications/emails/application-denied";
import { newPartnerCamNotice } from "@/server/applications/emails/new-partner-cam-notice";
import { partnerInvitation } from "@/server/partners/emails/partner-invitation";
import { legalRequestOutcome } from "@/server/agreements/emails/legal-request-outcome";
import { awardEmail } from "@/server/awards/emails/award-email";
import { nfrLicenseKey } from "@/server/nfr/emails/nfr-license-key";
import { nfrCertificationEncouragement } from "@/server/nfr/emails/nfr-certification-encouragement";

export const emailTemplates = {
  passwordReset,
  notification,
  notificationDigest,
  applicationEmailVerification,
  applicationReceived,
  partnerWelcome,
  applicationDenied,
  newPartnerCamNotice,
  partnerInvitation,
  legalRequestOutcome,
  awardEmail,
  nfrLicenseKey,
  nfrCertificationEncouragement,
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<T extends EmailTemplateName> = (typeof emailTemplates)[T] extends EmailTemplate<infer Data> ? Data : never;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
