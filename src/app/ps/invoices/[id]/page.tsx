import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getInvoice } from "@/server/subcontracting/get-invoice";
import { formatMonth } from "@/server/subcontracting/rules";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatMoney } from "@/lib/format";
import { InvoiceRecordView } from "@/app/subcontracting/invoice-record";
import { RecordHistory } from "@/app/record-history";
import { ApproveInvoiceForm, RejectInvoiceForm } from "./decision-forms";

// The title and the page read the invoice once per request.
const loadInvoice = cache(async (id: string) => getInvoice(await requireCapability("invoices.review"), recordIdParam(id), "invoices.review"));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const invoice = await loadInvoice((await params).id);
  return { title: invoice ? `Invoice of ${invoice.partner.legalName} for ${formatMonth(invoice.month)}` : "Invoice" };
}

export default async function InvoiceReviewRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const invoice = await loadInvoice((await params).id);
  if (!invoice) notFound();
  const monthLabel = formatMonth(invoice.month);
  return (
    <>
      <PageHeader
        back={{ href: "/ps/invoices", label: "Invoices" }}
        title={`${invoice.partner.legalName}: ${monthLabel}`}
        description={`SOW ${invoice.sow.number} · ${formatMoney(invoice.totalCents)}`}
        actions={<StatusBadge status={invoice.status} />}
      />
      <InvoiceRecordView invoice={invoice} />
      {invoice.status === "SUBMITTED" ? (
        <div className="mt-4">
          <Card title="Decision">
            <div className="flex flex-wrap items-start gap-3">
              <ApproveInvoiceForm
                invoiceId={invoice.id}
                partnerName={invoice.partner.legalName}
                monthLabel={monthLabel}
                total={formatMoney(invoice.totalCents)}
              />
              <RejectInvoiceForm invoiceId={invoice.id} partnerName={invoice.partner.legalName} monthLabel={monthLabel} />
            </div>
          </Card>
        </div>
      ) : null}
      <div className="mt-4">
        <RecordHistory entityType="Invoice" entityId={invoice.id} />
      </div>
    </>
  );
}
