import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface ApplicationReceivedData {
  name: string;
  companyName: string;
  statusUrl: string;
}

export const applicationReceived = defineEmailTemplate<ApplicationReceivedData>({
  subject: ({ companyName }) => `We received the partner application of ${companyName}`,
  Email: ({ name, companyName, statusUrl }) => (
    <EmailLayout title="Your application is in" action={{ label: "See my application", url: statusUrl }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>Thank you for applying to the partner program on behalf of {companyName}. The Partner Help Desk reviews applications every week.</Paragraph>
      <Paragraph>Sign in at any time to see where your application stands.</Paragraph>
    </EmailLayout>
  ),
  sample: { name: "Priya Natarajan", companyName: "Fabrikam Consulting", statusUrl: "https://partners.example.com/application" },
});
