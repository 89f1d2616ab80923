import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getLegalRequest } from "@/server/agreements/get-legal-request";
import { nextLegalRequestStatuses } from "@/server/agreements/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";
import { UpdateLegalRequestForm } from "./update-form";
import { formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";

export const metadata: Metadata = { title: "Legal request" };

export default async function LegalRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("legalRequests.manage");
  const request = await getLegalRequest(user, recordIdParam((await params).id));
  if (!request) notFound();
  const { version } = request;
  return (
    <>
      <PageHeader
        back={{ href: "/admin/legal-requests", label: "All legal requests" }}
        title={`Legal request from ${request.partner.legalName}`}
        description={`${version.template.name} version ${version.version} · ${humanize(request.partner.region)} · opened ${formatDateTime(request.createdAt)}${request.requestedBy ? ` by ${request.requestedBy.name} (${request.requestedBy.email})` : ""}`}
        actions={<StatusBadge status={request.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title="Reason">
            <p className="whitespace-pre-wrap text-sm text-gray-800">{request.reason}</p>
            <p className="mt-3 text-sm">
              <Link href={`/admin/agreements/${version.template.id}/versions/${version.id}`} className="text-blue-700 hover:underline">
                Read {version.template.name} version {version.version}
              </Link>
            </p>
          </Card>
          <Card title="Notes">
            {request.notes ? (
              <p className="whitespace-pre-wrap text-sm text-gray-800">{request.notes}</p>
            ) : (
              <p className="text-sm text-gray-600">No notes yet.</p>
            )}
          </Card>
        </div>
        <Card title="Update">
          <UpdateLegalRequestForm requestId={request.id} currentStatus={request.status} nextStatuses={[...nextLegalRequestStatuses(request.status)]} />
        </Card>
      </div>
    </>
  );
}
