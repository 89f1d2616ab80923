import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface PartnerInvitationData {
  companyName: string;
  inviterName: string;
  roleLabel: string;
  acceptUrl: string;
  expiresInDays: number;
}

export const partnerInvitation = defineEmailTemplate<PartnerInvitationData>({
  subject: ({ inviterName, companyName }) => `${inviterName} invited you to the ${companyName} partner portal`,
  Email: ({ companyName, inviterName, roleLabel, acceptUrl, expiresInDays }) => (
    <EmailLayout title={`Join ${companyName} on the Partner Portal`} action={{ label: "Accept the invitation", url: acceptUrl }}>
      <Paragraph>
        {inviterName} invited you to join {companyName} as a {roleLabel}.
      </Paragraph>
      <Paragraph>The link works once and expires in {expiresInDays} days.</Paragraph>
    </EmailLayout>
  ),
  sample: {
    companyName: "Fabrikam Consulting",
    inviterName: "Priya Natarajan",
    roleLabel: "Partner user",
    acceptUrl: "https://partners.example.com/invitations/example",
    expiresInDays: 7,
  },
});
