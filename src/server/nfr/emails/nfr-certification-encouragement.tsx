import { Link } from "@react-email/components";
import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface NfrCertificationEncouragementData {
  name: string;
  companyName: string;
  /** The partner's certifications page. */
  url: string;
}

// The handbook's sample email, sent to the license contact and the CAM when a license goes to a partner with no
// employee holding Solution Architect Core or PSE.
export const nfrCertificationEncouragement = defineEmailTemplate<NfrCertificationEncouragementData>({
  subject: () => "NFR License Request",
  Email: ({ name, companyName, url }) => (
    <EmailLayout title="Your NFR license is on its way" action={{ label: "See the certifications", url }}>
      <Paragraph>Hi {name},</Paragraph>
      <Paragraph>We just sent the NFR license for {companyName} by email; please let us know if it did not arrive.</Paragraph>
      <Paragraph>
        To get the most value from this license, we encourage you or someone at {companyName} to complete the available parts of the Solution Architect Core
        certification in the Partner Portal: <Link href={url}>{url}</Link>.
      </Paragraph>
      <Paragraph>Please let us know if you need anything else.</Paragraph>
      <Paragraph>Kind regards, the Partner Help Desk</Paragraph>
    </EmailLayout>
  ),
  sample: { name: "Priya Natarajan", companyName: "Fabrikam Consulting", url: "https://partners.example.com/partner/certifications" },
});
