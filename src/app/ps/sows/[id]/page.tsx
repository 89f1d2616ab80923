import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getPrimeSow } from "@/server/subcontracting/get-prime-sow";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { formatDate, formatMoney } from "@/lib/format";
import { RecordHistory } from "@/app/record-history";

// The title and the page read the SOW once per request.
const loadSow = cache(async (id: string) => getPrimeSow(await requireCapability("sows.read"), recordIdParam(id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const sow = await loadSow((await params).id);
  return { title: sow ? `SOW ${sow.number}` : "Prime SOW" };
}

export default async function PrimeSowPage({ params }: { params: Promise<{ id: string }> }) {
  const sow = await loadSow((await params).id);
  if (!sow) notFound();
  const date = (value: Date | null) => (value ? formatDate(value) : null);
  return (
    <>
      <PageHeader
        back={{ href: "/ps/sows", label: "Prime SOWs" }}
        title={`SOW ${sow.number}`}
        description={`${sow.partner.legalName} · ${formatMoney(sow.amountCents)}`}
        actions={<StatusBadge status={sow.status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Statement of work">
          <DescriptionList
            items={[
              { term: "Partner", detail: sow.partner.legalName },
              { term: "Relationship", detail: sow.partner.subcontractRelationship ? humanize(sow.partner.subcontractRelationship) : null },
              { term: "Status", detail: humanize(sow.status) },
              { term: "Amount", detail: formatMoney(sow.amountCents) },
              { term: "Authorized", detail: formatMoney(sow.authorizedCents) },
              { term: "Remaining", detail: formatMoney(sow.remainingCents) },
              { term: "PO number", detail: sow.poNumber },
            ]}
          />
        </Card>
        <Card title="Dates">
          <DescriptionList
            items={[
              { term: "Drafted", detail: formatDate(sow.createdAt) },
              { term: "Sent to partner", detail: date(sow.sentAt) },
              { term: "Executed", detail: date(sow.executedAt) },
              { term: "PO approved", detail: date(sow.poApprovedAt) },
              { term: "Replenishment alert", detail: date(sow.replenishAlertedAt) },
            ]}
          />
        </Card>
        <Card title="Rates">
          {sow.rates.length === 0 ? (
            <p className="text-sm text-gray-600">No rates agreed on this SOW yet.</p>
          ) : (
            <DescriptionList items={sow.rates.map((rate) => ({ term: rate.roleName, detail: `${formatMoney(rate.hourlyRateCents)} an hour` }))} />
          )}
        </Card>
      </div>
      <div className="mt-4">
        <RecordHistory entityType="PrimeSow" entityId={sow.id} />
      </div>
    </>
  );
}
