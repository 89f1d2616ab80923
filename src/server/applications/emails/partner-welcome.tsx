import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface PartnerWelcomeData {
  name: string;
  companyName: string;
  signInUrl: string;
  camName: string;
  camEmail: string;
}

export const partnerWelcome = defineEmailTemplate<PartnerWelcomeData>({
  subject: ({ companyName }) => `Welcome to the partner program, ${companyName}`,
  Email: ({ name, companyName, signInUrl, camName, camEmail }) => (
    <EmailLayout title="Your company is an authorized partner" action={{ label: "Sign in to the portal", url: signInUrl }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>
        {companyName} is now an authorized partner, and you are its portal admin: you can invite colleagues, keep the company profile current and accept
        agreements.
      </Paragraph>
      <Paragraph>
        Your Channel Account Manager is {camName} ({camEmail}).
      </Paragraph>
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    signInUrl: "https://partners.example.com/login",
    camName: "Morgan Lee",
    camEmail: "cam@demo.test",
  },
});
