import "server-only";
import type { EmailTemplateData, EmailTemplateName } from "@/server/mail/templates";

/** Example data for each template, for the preview page; a template without a sample does not type-check. */
export const EMAIL_TEMPLATE_SAMPLES: { [T in EmailTemplateName]: EmailTemplateData<T> } = {
  passwordReset: { name: "Dana Reyes", resetUrl: "https://partners.example.com/reset-password?token=example", expiresInMinutes: 60 },
  notification: {
    name: "Dana Reyes",
    title: "New NFR request from Northwind Cloud Partners",
    body: "10 Ultimate licenses, new request. Review it in the NFR queue.",
    url: "https://partners.example.com/notifications",
  },
  notificationDigest: {
    name: "Dana Reyes",
    items: [
      { title: "New NFR request from Northwind Cloud Partners", body: "10 Ultimate licenses, new request." },
      { title: "Award case overdue", body: "The PSP award for Contoso Consulting is past its 7-day deadline." },
    ],
    url: "https://partners.example.com/notifications",
  },
  applicationEmailVerification: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    verifyUrl: "https://partners.example.com/register/verify?token=example",
    expiresInHours: 48,
  },
  applicationReceived: { name: "Priya Natarajan", companyName: "Fabrikam Consulting", statusUrl: "https://partners.example.com/application" },
  partnerWelcome: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    signInUrl: "https://partners.example.com/login",
    camName: "Morgan Lee",
    camEmail: "cam@demo.test",
  },
  applicationDenied: { name: "Priya Natarajan", companyName: "Fabrikam Consulting", reason: "We could not verify the company's website." },
  newPartnerCamNotice: {
    camName: "Morgan Lee",
    companyName: "Fabrikam Consulting",
    region: "AMER",
    tracks: ["Reseller", "Services"],
    partnerUrl: "https://partners.example.com/cam",
  },
  partnerInvitation: {
    companyName: "Fabrikam Consulting",
    inviterName: "Priya Natarajan",
    roleLabel: "Partner user",
    acceptUrl: "https://partners.example.com/invitations/example",
    expiresInDays: 7,
  },
};
