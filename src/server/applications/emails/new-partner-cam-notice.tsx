import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

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
  sample: {
    camName: "Morgan Lee",
    companyName: "Fabrikam Consulting",
    region: "AMER",
    tracks: ["Reseller", "Services"],
    partnerUrl: "https://partners.example.com/cam",
  },
});
