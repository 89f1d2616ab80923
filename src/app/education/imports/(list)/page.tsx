import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { certificationImportList } from "@/server/certifications/certification-import-list";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DataTable } from "@/components/data-table";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Completion imports" };

export default async function CertificationImportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability(certificationImportList.capability);
  const imports = await loadListPage(certificationImportList, user, await searchParams);
  return (
    <>
      <PageHeader
        title="Completion imports"
        description="Import the learning system's completions: each row is checked, rows already imported (same external id) are skipped, and the valid rows are written all together or not at all."
      />
      <div className="mb-8 max-w-2xl">
        <Card title="Import a completions file">
          <ImportForm />
        </Card>
      </div>
      <DataTable list={imports} />
    </>
  );
}
