import { Link } from "@react-email/components";
import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface AwardEmailData {
  name: string;
  companyName: string;
  /** "Certified Professional Services Partner". */
  certificationName: string;
  badgeUrl: string;
  socialKitUrl: string;
  camName: string;
  camEmail: string;
  /** The partner's home, where the company's certifications and badges are shown. */
  url: string;
}

// The handbook's award email: congratulations, the badge graphic to download, the offer of help with a press release,
// and the social media kit.
export const awardEmail = defineEmailTemplate<AwardEmailData>({
  subject: ({ companyName, certificationName }) => `Congratulations: ${companyName} is now a ${certificationName}`,
  Email: ({ name, companyName, certificationName, badgeUrl, socialKitUrl, camName, camEmail, url }) => (
    <EmailLayout title={`Congratulations, ${companyName}`} action={{ label: "See your certifications", url }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>
        Congratulations: {companyName} is now a {certificationName}. Thank you for the work your certified people put into it.
      </Paragraph>
      <Paragraph>
        Download your badge graphic: <Link href={badgeUrl}>{badgeUrl}</Link>. The partner locator shows it on your public profile once the Partner Help Desk has
        updated it.
      </Paragraph>
      <Paragraph>
        Would you like to announce it with a press release? Reply to {camName} at {camEmail}, and we will request press-release support for you.
      </Paragraph>
      <Paragraph>
        Our social media kit has suggested posts and how to use the badge: <Link href={socialKitUrl}>{socialKitUrl}</Link>.
      </Paragraph>
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    certificationName: "Certified Professional Services Partner",
    badgeUrl: "https://partners.example.com/award-kit/psp-badge.svg",
    socialKitUrl: "https://partners.example.com/award-kit/social-kit.txt",
    camName: "Casey Morgan",
    camEmail: "cam@example.com",
    url: "https://partners.example.com/partner",
  },
});
