import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listAgreementTemplates } from "@/server/agreements/list-agreement-templates";
import { AGREEMENT_REQUIRED_FOR } from "@/server/agreements/rules";
import { PageHeader } from "@/components/page-header";
import { DataTable, unpagedTable } from "@/components/data-table";
import { firstValues } from "@/server/lists/params";

export const metadata: Metadata = { title: "Agreements" };

export default async function AdminAgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireCapability("agreements.manage");
  const templates = await listAgreementTemplates();
  const rows = templates.map((template) => ({
    ...template,
    requiredFor: AGREEMENT_REQUIRED_FOR[template.kind],
    draft: template.draftVersion ? `Version ${template.draftVersion}` : null,
  }));
  return (
    <>
      <PageHeader
        title="Agreements"
        description="The program's agreements. Publishing a new version asks every company that needs the agreement to accept it again."
      />
      {/* The catalog is a handful of agreements, so it is one page sorted by kind. */}
      <DataTable
        list={unpagedTable({
          caption: "Agreements",
          emptyMessage: "No agreements in the catalog yet.",
          path: "/admin/agreements",
          query: firstValues(await searchParams),
          columns: [
            { id: "name", header: "Agreement", href: "/admin/agreements/:id" },
            { id: "requiredFor", header: "Required for" },
            { id: "currentVersion", header: "Current version", format: "number" },
            { id: "currentPublishedAt", header: "Published", format: "date" },
            { id: "draft", header: "Draft" },
          ],
          rows,
        })}
      />
    </>
  );
}
