import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getInvoice } from "@/server/subcontracting/get-invoice";
import { formatMonth, invoiceEditBlocker } from "@/server/subcontracting/rules";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { formatMoney } from "@/lib/format";
import { InvoiceRecordView } from "@/app/subcontracting/invoice-record";
import { RecordHistory } from "@/app/record-history";
import { AddExpenseForm, RefreshHoursForm, RemoveExpenseButton, SubmitInvoiceForm } from "./invoice-forms";

// The title and the page read the invoice once per request.
const loadInvoice = cache(async (id: string) => getInvoice(await requireCapability("subcontracting.bill"), recordIdParam(id), "subcontracting.bill"));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const invoice = await loadInvoice((await params).id);
  return { title: invoice ? `Invoice for ${formatMonth(invoice.month)}` : "Invoice" };
}

export default async function PartnerInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const invoice = await loadInvoice((await params).id);
  if (!invoice) notFound();
  const open = invoiceEditBlocker(invoice.status) === null;
  const monthLabel = formatMonth(invoice.month);
  return (
    <>
      <PageHeader
        back={{ href: "/partner/subcontracting", label: "Subcontracting" }}
        title={`Invoice for ${monthLabel}`}
        description={`SOW ${invoice.sow.number} · ${formatMoney(invoice.totalCents)}`}
        actions={<StatusBadge status={invoice.status} />}
      />
      {invoice.status === "REJECTED" ? (
        <p className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          Sent back by the coordinator: {invoice.rejectionReason} Fix the expenses and submit the invoice again.
        </p>
      ) : null}
      {invoice.status === "SUBMITTED" ? (
        <p className="mb-4 rounded-md border border-blue-200 bg-blue-50 p-3 text-sm text-blue-900">
          Submitted to the PS coordinators: the invoice cannot change while they decide.
        </p>
      ) : null}
      {invoice.status === "APPROVED" || invoice.status === "PAID" ? (
        <p className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">Approved: this invoice is final.</p>
      ) : null}
      <InvoiceRecordView
        invoice={invoice}
        expenseAction={open ? (expense) => <RemoveExpenseButton expenseId={expense.id} description={expense.description} /> : undefined}
      />
      {open ? (
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          <Card title="Add an expense">
            <AddExpenseForm
              invoiceId={invoice.id}
              monthLabel={monthLabel}
              authorizations={invoice.sow.workAuthorizations.map((authorization) => ({ value: authorization.id, label: authorization.projectName }))}
            />
          </Card>
          <Card title="Submit">
            <div className="space-y-4">
              <RefreshHoursForm sowId={invoice.sow.id} month={invoice.month.toISOString().slice(0, 7)} />
              <SubmitInvoiceForm invoiceId={invoice.id} monthLabel={monthLabel} />
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
