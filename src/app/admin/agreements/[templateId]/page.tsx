import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getAgreementTemplate } from "@/server/agreements/get-agreement-template";
import { getAgreementVersion } from "@/server/agreements/get-agreement-version";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DataTable, unpagedTable } from "@/components/data-table";
import { firstValues } from "@/server/lists/params";
import { humanize } from "@/lib/humanize";
import { AgreementBodyForm } from "../agreement-body-form";
import { parsePageParams, recordIdParam } from "@/server/page-params";
import { z } from "zod";
import { StatusAlert } from "@/components/status-alert";

interface AdminAgreementPageProps {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The same cached read as the page's, so naming the agreement in the title costs no statement.
export async function generateMetadata({ params }: Pick<AdminAgreementPageProps, "params">): Promise<Metadata> {
  const user = await requireCapability("agreements.manage");
  const template = await getAgreementTemplate(user, recordIdParam((await params).templateId));
  return { title: template ? `${template.name} — Agreement` : "Agreement" };
}

export default async function AdminAgreementPage({ params, searchParams }: AdminAgreementPageProps) {
  const user = await requireCapability("agreements.manage");
  const template = await getAgreementTemplate(user, recordIdParam((await params).templateId));
  if (!template) notFound();
  const search = await searchParams;
  const { published } = parsePageParams(z.object({ published: z.string().optional().catch(undefined) }), search);
  const query = firstValues(search);
  // A new draft starts from the current text, since most versions change a few clauses.
  const current = template.current && !template.draft ? await getAgreementVersion(user, template.id, template.current.id) : null;
  const rows = template.versions.map((version) => ({ ...version, label: `Version ${version.version}`, status: version.publishedAt ? "PUBLISHED" : "DRAFT" }));
  return (
    <>
      <PageHeader
        back={{ href: "/admin/agreements", label: "All agreements" }}
        title={template.name}
        description={`${humanize(template.kind)} · current version ${template.current?.version ?? "none"}`}
      />
      {typeof published === "string" ? (
        <StatusAlert tone="success" className="mb-6">
          Version {published} is published. Companies that need this agreement are asked to accept it.
        </StatusAlert>
      ) : null}
      <div className="space-y-6">
        <DataTable
          list={unpagedTable({
            caption: "Versions",
            emptyMessage: "No versions yet.",
            path: `/admin/agreements/${template.id}`,
            query,
            columns: [
              { id: "label", header: "Version", href: `/admin/agreements/${template.id}/versions/:id` },
              { id: "status", header: "Status", format: "status" },
              { id: "publishedAt", header: "Published", format: "datetime" },
              { id: "publishedBy", header: "Published by" },
              { id: "acceptances", header: "Acceptances", format: "number" },
            ],
            rows,
          })}
        />
        {template.draft ? (
          <Card title="Draft in progress">
            <p className="text-sm">
              Version {template.draft.version} is a draft.{" "}
              <Link href={`/admin/agreements/${template.id}/versions/${template.draft.id}`} className="font-medium text-blue-700 hover:underline">
                Preview, edit or publish version {template.draft.version}
              </Link>
            </p>
          </Card>
        ) : (
          <Card title={`New version ${(template.versions[0]?.version ?? 0) + 1}`}>
            <AgreementBodyForm mode="create" templateId={template.id} body={current?.body ?? ""} />
          </Card>
        )}
      </div>
    </>
  );
}
