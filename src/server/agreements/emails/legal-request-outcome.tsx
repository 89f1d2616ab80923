import { defineEmailTemplate } from "@/server/mail/templates/define-template";
import { EmailLayout, Paragraph } from "@/server/mail/templates/layout";

export interface LegalRequestOutcomeData {
  name: string;
  companyName: string;
  /** "Master Partner Agreement version 1". */
  agreementName: string;
  outcome: "AGREED" | "DECLINED";
  /** What was agreed: the negotiated version and/or the exception to the standard terms. */
  agreedTerms: string | null;
  declineReason: string | null;
  url: string;
}

export const legalRequestOutcome = defineEmailTemplate<LegalRequestOutcomeData>({
  subject: ({ agreementName, outcome }) =>
    outcome === "AGREED" ? `Your legal request is resolved: ${agreementName} as agreed` : `Your legal request on the ${agreementName} is declined`,
  Email: ({ name, companyName, agreementName, outcome, agreedTerms, declineReason, url }) => (
    <EmailLayout title={outcome === "AGREED" ? "Your legal request is resolved" : "Your legal request is declined"} action={{ label: "Open the portal", url }}>
      <Paragraph>Hello {name},</Paragraph>
      {outcome === "AGREED" ? (
        <>
          <Paragraph>
            Our legal team has resolved the request of {companyName} on the {agreementName}: the terms are agreed, and your company&apos;s agreement is recorded
            with them.
          </Paragraph>
          {agreedTerms ? <Paragraph>What was agreed: {agreedTerms}</Paragraph> : null}
        </>
      ) : (
        <>
          <Paragraph>
            Our legal team has declined the request of {companyName} on the {agreementName}, for this reason:
          </Paragraph>
          {declineReason ? <Paragraph>{declineReason}</Paragraph> : null}
          <Paragraph>You can still accept the agreement as written, or reply to this message to discuss it with the channel team.</Paragraph>
        </>
      )}
    </EmailLayout>
  ),
  sample: {
    name: "Priya Natarajan",
    companyName: "Fabrikam Consulting",
    agreementName: "Master Partner Agreement version 1",
    outcome: "AGREED",
    agreedTerms: "MPA v1 with the liability cap of section 9 at twelve months of fees, signed 2026-11-30",
    declineReason: null,
    url: "https://partners.example.com/login",
  },
});
