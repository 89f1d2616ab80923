import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface PasswordResetData {
  name: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export const passwordReset = defineEmailTemplate<PasswordResetData>({
  subject: () => "Reset your Partner Portal password",
  Email: ({ name, resetUrl, expiresInMinutes }) => (
    <EmailLayout title="Reset your password" action={{ label: "Choose a new password", url: resetUrl }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>Someone asked to reset the password of your Partner Portal account. The link works once and expires in {expiresInMinutes} minutes.</Paragraph>
      <Paragraph>If it was not you, ignore this message: your password stays as it is.</Paragraph>
    </EmailLayout>
  ),
  sample: { name: "Dana Reyes", resetUrl: "https://partners.example.com/reset-password?token=example", expiresInMinutes: 60 },
});
