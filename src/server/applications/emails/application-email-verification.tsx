import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface ApplicationEmailVerificationData {
  name: string;
  companyName: string;
  verifyUrl: string;
  expiresInHours: number;
}

export const applicationEmailVerification = defineEmailTemplate<ApplicationEmailVerificationData>({
  subject: () => "Confirm your email to continue your partner application",
  Email: ({ name, companyName, verifyUrl, expiresInHours }) => (
    <EmailLayout title="Confirm your email address" action={{ label: "Confirm my email", url: verifyUrl }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>
        You started a partner application for {companyName}. Confirm this address to submit it; the link also brings you back to your application.
      </Paragraph>
      <Paragraph>The link works once and expires in {expiresInHours} hours. If you did not apply, ignore this message.</Paragraph>
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    verifyUrl: "https://partners.example.com/register/verify?token=example",
    expiresInHours: 48,
  },
});
