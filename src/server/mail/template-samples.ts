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
};
