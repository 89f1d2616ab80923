// Every message the portal sends: one React component per message type (./*.tsx), rendered to HTML and plain text
// by ../render-email.ts. Callers name a template and pass its data; the names and data shapes are the contract.
import type { EmailTemplate } from "./define-template";
import { passwordReset } from "./password-reset";
import { notification } from "./notification";
import { notificationDigest } from "./notification-digest";
import { applicationEmailVerification } from "./application-email-verification";
import { applicationReceived } from "./application-received";
import { partnerWelcome } from "./partner-welcome";
import { applicationDenied } from "./application-denied";
import { newPartnerCamNotice } from "./new-partner-cam-notice";
import { partnerInvitation } from "./partner-invitation";

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
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateData<T extends EmailTemplateName> = (typeof emailTemplates)[T] extends EmailTemplate<infer Data> ? Data : never;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}
