import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getPartnerAgreement } from "@/server/agreements/get-partner-agreements";
import { PageHeader } from "@/components/page-header";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { AcceptAgreementForm, LegalRequestForm } from "../respond-forms";
import { STANDING_LABELS } from "../standing";
import { formatDate, formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";
import { StatusAlert } from "@/components/status-alert";

interface PartnerAgreementPageProps {
  params: Promise<{ versionId: string }>;
}

// The same cached read as the page's, so naming the agreement in the title costs no statement.
export async function generateMetadata({ params }: PartnerAgreementPageProps): Promise<Metadata> {
  const user = await requireCapability("agreements.read");
  const found = await getPartnerAgreement(user, recordIdParam((await params).versionId));
  return { title: found ? `${found.agreement.templateName} version ${found.agreement.version}` : "Agreement" };
}

export default async function PartnerAgreementPage({ params }: PartnerAgreementPageProps) {
  const user = await requireCapability("agreements.read");
  const found = await getPartnerAgreement(user, recordIdParam((await params).versionId));
  if (!found) notFound();
  const { partner, agreement, canRespond } = found;
  const name = `${agreement.templateName} version ${agreement.version}`;
  return (
    <>
      <PageHeader
        back={{ href: "/partner/agreements", label: "All agreements" }}
        title={agreement.templateName}
        description={`Version ${agreement.version}, published ${formatDate(agreement.publishedAt)}`}
        actions={<StatusBadge status={STANDING_LABELS[agreement.standing]} />}
      />
      {agreement.standing === "ACCEPTED" && agreement.acceptance ? (
        <StatusAlert tone="success" className="mb-4">
          Accepted for {partner.legalName} by {agreement.acceptance.user?.name ?? "your company"} on {formatDateTime(agreement.acceptance.acceptedAt)}.
        </StatusAlert>
      ) : null}
      {agreement.standing === "IN_NEGOTIATION" ? (
        <StatusAlert tone="warning" className="mb-4">
          In negotiation: your company&apos;s legal request on this version is open; the channel team will contact you.
        </StatusAlert>
      ) : null}
      {agreement.standing === "PENDING" && !canRespond ? (
        <StatusAlert tone="info" role="note" className="mb-4">
          Only your company&apos;s partner admin can accept this agreement or ask to negotiate it.
        </StatusAlert>
      ) : null}
      <article className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <Markdown source={agreement.body} label={name} />
      </article>
      {agreement.standing === "PENDING" && canRespond ? (
        <div className="mt-6 grid gap-6 md:grid-cols-2">
          <AcceptAgreementForm versionId={agreement.versionId} agreementName={name} companyName={partner.legalName} />
          <LegalRequestForm versionId={agreement.versionId} agreementName={name} />
        </div>
      ) : null}
    </>
  );
}
