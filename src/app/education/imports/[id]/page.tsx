import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getCertificationImport } from "@/server/certifications/get-certification-import";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { formatDateTime } from "@/lib/format";
import { RefreshWhileRunning } from "./refresh-while-running";

export const metadata: Metadata = { title: "Completion import" };

export default async function CertificationImportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireCapability("certifications.import");
  const found = await getCertificationImport(recordIdParam((await params).id));
  if (!found) notFound();
  const running = found.status === "QUEUED" || found.status === "RUNNING";
  return (
    <>
      <PageHeader title={`Import of ${found.fileName}`} back={{ href: "/education/imports", label: "Completion imports" }} />
      {running ? (
        <Card title="Importing">
          <RefreshWhileRunning />
          <div role="status" className="space-y-2 text-sm text-gray-800">
            <progress value={found.processedRows} max={Math.max(found.totalRows, 1)} aria-label="Rows checked" className="h-3 w-full accent-blue-700" />
            <p>{found.status === "QUEUED" ? "Waiting for the import to start…" : `Checked ${found.processedRows} of ${found.totalRows} rows…`}</p>
          </div>
        </Card>
      ) : (
        <div className="space-y-6">
          <Card title="Report">
            <DescriptionList
              items={[
                { term: "Status", detail: <StatusBadge status={found.status} /> },
                { term: "Rows", detail: String(found.totalRows) },
                { term: "Imported", detail: String(found.importedRows) },
                { term: "Skipped (already imported)", detail: String(found.skippedRows) },
                { term: "Rejected", detail: String(found.rejectedRows.length) },
                { term: "Uploaded", detail: `${formatDateTime(found.createdAt)} by ${found.createdBy.name}` },
                { term: "Finished", detail: found.finishedAt ? formatDateTime(found.finishedAt) : "" },
              ]}
            />
            {found.error ? (
              <p role="alert" className="mt-3 text-sm text-red-700">
                {found.error}
              </p>
            ) : null}
          </Card>
          {found.rejectedRows.length > 0 ? (
            <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
              <table className="min-w-full divide-y divide-gray-200 text-sm">
                <caption className="px-3 py-2 text-left font-semibold text-gray-900">Rejected rows</caption>
                <thead className="bg-gray-50 text-left text-gray-700">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      Row
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      Problem
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-gray-100">
                  {found.rejectedRows.map((row) => (
                    <tr key={row.row}>
                      <td className="px-3 py-2">{row.row}</td>
                      <td className="px-3 py-2 [overflow-wrap:anywhere]">{row.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      )}
    </>
  );
}
