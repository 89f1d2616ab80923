import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface ApplicationDeniedData {
  name: string;
  companyName: string;
  reason: string;
}

export const applicationDenied = defineEmailTemplate<ApplicationDeniedData>({
  subject: ({ companyName }) => `Your partner application for ${companyName}`,
  Email: ({ name, companyName, reason }) => (
    <EmailLayout title="About your partner application">
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>Thank you for applying to the partner program. We cannot accept the application of {companyName} at this time, for this reason:</Paragraph>
      <Paragraph>{reason}</Paragraph>
      <Paragraph>If your situation changes, reply to this message and the Partner Help Desk will take another look.</Paragraph>
    </EmailLayout>
  ),
  sample: { name: "Priya Natarajan", companyName: "Fabrikam Consulting", reason: "We could not verify the company's website." },
});
