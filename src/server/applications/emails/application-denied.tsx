import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface ApplicationDeniedData {
  name: string;
  companyName: string;
  reason: string;
  statusUrl: string;
  helpDeskEmail: string;
}

export const applicationDenied = defineEmailTemplate<ApplicationDeniedData>({
  subject: ({ companyName }) => `Your partner application for ${companyName}`,
  Email: ({ name, companyName, reason, statusUrl, helpDeskEmail }) => (
    <EmailLayout title="About your partner application" action={{ label: "Open your application", url: statusUrl }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>Thank you for applying to the partner program. We cannot accept the application of {companyName} at this time, for this reason:</Paragraph>
      <Paragraph>{reason}</Paragraph>
      <Paragraph>
        Once what stood in the way has changed, sign in and apply again from your application&apos;s page: tell us what changed and the Partner Help Desk
        reviews it afresh. Questions go to the Help Desk at {helpDeskEmail}.
      </Paragraph>
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    reason: "We could not verify the company's website.",
    statusUrl: "https://partners.example.com/application",
    helpDeskEmail: "partner-help-desk@example.com",
  },
});
