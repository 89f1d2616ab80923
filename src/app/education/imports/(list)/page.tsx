import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { IMPORTS_SHOWN, listCertificationImports } from "@/server/certifications/list-certification-imports";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatDateTime } from "@/lib/format";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Completion imports" };

export default async function CertificationImportsPage() {
  await requireCapability("certifications.import");
  const imports = await listCertificationImports();
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
      <h2 className="mb-3 text-lg font-semibold">Past imports</h2>
      {imports.length === 0 ? (
        <p className="text-sm text-gray-600">No file has been imported yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{`The latest ${IMPORTS_SHOWN} completion imports`}</caption>
            <thead className="bg-gray-50 text-left text-gray-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  File
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Rows
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Imported
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Skipped
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Uploaded
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {imports.map((row) => (
                <tr key={row.id}>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">
                    <Link href={`/education/imports/${row.id}`} className="text-blue-700 hover:underline">
                      {row.fileName}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="px-3 py-2">{row.totalRows}</td>
                  <td className="px-3 py-2">{row.importedRows}</td>
                  <td className="px-3 py-2">{row.skippedRows}</td>
                  <td className="px-3 py-2">
                    {formatDateTime(row.createdAt)} by {row.createdBy.name}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
