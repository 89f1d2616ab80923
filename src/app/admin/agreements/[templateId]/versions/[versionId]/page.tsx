import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getAgreementVersion } from "@/server/agreements/get-agreement-version";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { Markdown } from "@/components/markdown";
import { StatusBadge } from "@/components/status-badge";
import { PublishForm } from "./draft-forms";
import { AgreementBodyForm } from "../../../agreement-body-form";
import { formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";

interface AdminAgreementVersionPageProps {
  params: Promise<{ templateId: string; versionId: string }>;
}

// The same cached read as the page's, so naming the version in the title costs no statement.
export async function generateMetadata({ params }: AdminAgreementVersionPageProps): Promise<Metadata> {
  const user = await requireCapability("agreements.manage");
  const { templateId, versionId } = await params;
  const version = await getAgreementVersion(user, recordIdParam(templateId), recordIdParam(versionId));
  return { title: version ? `${version.template.name} version ${version.version}` : "Agreement version" };
}

export default async function AdminAgreementVersionPage({ params }: AdminAgreementVersionPageProps) {
  const user = await requireCapability("agreements.manage");
  const { templateId, versionId } = await params;
  const version = await getAgreementVersion(user, recordIdParam(templateId), recordIdParam(versionId));
  if (!version) notFound();
  const name = `${version.template.name} version ${version.version}`;
  return (
    <>
      <PageHeader
        back={{ href: `/admin/agreements/${templateId}`, label: version.template.name }}
        title={name}
        description={
          version.publishedAt
            ? `Published ${formatDateTime(version.publishedAt)}${version.publishedBy ? ` by ${version.publishedBy}` : ""} · accepted by ${version.acceptances} ${version.acceptances === 1 ? "company" : "companies"}. Published versions cannot be changed.`
            : "Draft: partners do not see it until it is published."
        }
        actions={<StatusBadge status={version.publishedAt ? "PUBLISHED" : "DRAFT"} />}
      />
      {version.publishedAt ? null : (
        <div className="mb-6">
          <PublishForm versionId={version.id} agreementName={name} />
        </div>
      )}
      <div className={version.publishedAt ? "" : "grid gap-6 lg:grid-cols-2"}>
        <Card title={version.publishedAt ? "Text" : "Preview"}>
          <Markdown source={version.body} label={`${name} text`} />
        </Card>
        {version.publishedAt ? null : (
          <Card title="Edit draft">
            <AgreementBodyForm mode="edit" versionId={version.id} body={version.body} />
          </Card>
        )}
      </div>
    </>
  );
}
