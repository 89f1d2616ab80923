import { defineEmailTemplate } from "./define-template";
import { EmailLayout, Paragraph } from "./layout";

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
        {companyName} is now an authorized partner, and you are its portal admin: you can invite colleagues, keep the company profile current and
        accept agreements.
      </Paragraph>
      <Paragraph>
        Your Channel Account Manager is {camName} ({camEmail}).
      </Paragraph>
    </EmailLayout>
  ),
});
