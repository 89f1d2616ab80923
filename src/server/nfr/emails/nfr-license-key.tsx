import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface NfrLicenseKeyData {
  name: string;
  companyName: string;
  licenseKey: string;
  referenceNumber: string;
  /** "Ultimate". */
  plan: string;
  usersCount: number;
  startsOn: string;
  expiresOn: string;
  notes: string;
  /** The partner's NFR page, where the company's licenses and their expiry are listed. */
  url: string;
}

// The license email the handbook's license system sends to the contact: the key, with the reference number the
// requester and the Help Desk quote when they ask about it.
export const nfrLicenseKey = defineEmailTemplate<NfrLicenseKeyData>({
  subject: ({ plan, companyName, referenceNumber }) => `Your ${plan} NFR license key for ${companyName} (${referenceNumber})`,
  Email: ({ name, companyName, licenseKey, referenceNumber, plan, usersCount, startsOn, expiresOn, notes, url }) => (
    <EmailLayout title={`Your NFR license for ${companyName}`} action={{ label: "See your company's licenses", url }}>
      <Paragraph>Hello {name},</Paragraph>
      <Paragraph>
        Here is your not-for-resale license: {usersCount} {plan} user(s), for {companyName}&apos;s own use in demos, training and internal work.
      </Paragraph>
      <Paragraph>License key: {licenseKey}</Paragraph>
      <Paragraph>Reference number: {referenceNumber}</Paragraph>
      <Paragraph>
        Valid from {startsOn} to {expiresOn}. {notes}.
      </Paragraph>
      <Paragraph>Keep the key to your team: it is not for resale. Quote the reference number when you contact the Partner Help Desk about it.</Paragraph>
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    licenseKey: "7K2QD-M9XWA-3HPZR-TB6VN-Q1CFE",
    referenceNumber: "NFR-0000042",
    plan: "Ultimate",
    usersCount: 10,
    startsOn: "Dec 3, 2026",
    expiresOn: "Dec 3, 2027",
    notes: "10 Ultimate NFR Licenses for Partner: Fabrikam Consulting",
    url: "https://partners.example.com/partner/nfr",
  },
});
