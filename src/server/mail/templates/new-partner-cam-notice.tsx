import { defineEmailTemplate } from "./define-template";
import { EmailLayout, Paragraph } from "./layout";

export interface NewPartnerCamNoticeData {
  camName: string;
  companyName: string;
  region: string;
  tracks: string[];
  partnerUrl: string;
}

export const newPartnerCamNotice = defineEmailTemplate<NewPartnerCamNoticeData>({
  subject: ({ companyName }) => `New partner in your region: ${companyName}`,
  Email: ({ camName, companyName, region, tracks, partnerUrl }) => (
    <EmailLayout title="A new partner account is yours" action={{ label: "Open the account", url: partnerUrl }}>
      <Paragraph>Hello {camName},</Paragraph>
      <Paragraph>
        The Partner Help Desk approved {companyName} ({region}; tracks: {tracks.join(", ")}) and assigned you as its Channel Account Manager.
      </Paragraph>
      <Paragraph>Reach out to welcome them and flag any alliance or contract questions.</Paragraph>
    </EmailLayout>
  ),
});
