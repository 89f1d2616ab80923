import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import type { InvoiceRecord } from "@/server/subcontracting/get-invoice";
import { formatHours, formatMonth } from "@/server/subcontracting/rules";
import { ScrollBox } from "@/app/subcontracting/scroll-box";

/**
 * An invoice as both its partner and the coordinator read it: status and amounts, the hours per authorization and
 * consultant, the expenses with their receipts (served by the file route to whoever may see the company).
 * `expenseAction` renders a control per expense (the partner's Remove while the invoice is open).
 */
export function InvoiceRecordView({
  invoice,
  expenseAction,
}: {
  invoice: InvoiceRecord;
  expenseAction?: (expense: InvoiceRecord["expenses"][number]) => React.ReactNode;
}) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Invoice">
          <DescriptionList
            items={[
              { term: "Partner", detail: invoice.partner.legalName },
              { term: "SOW", detail: invoice.sow.number },
              { term: "Month", detail: formatMonth(invoice.month) },
              { term: "Status", detail: humanize(invoice.status) },
              { term: "Time", detail: formatMoney(invoice.timeAmountCents) },
              { term: "Expenses", detail: formatMoney(invoice.expenseAmountCents) },
              { term: "Total", detail: formatMoney(invoice.totalCents) },
            ]}
          />
        </Card>
        <Card title="Dates">
          <DescriptionList
            items={[
              { term: "Drafted", detail: formatDateTime(invoice.createdAt) },
              { term: "Submitted", detail: invoice.submittedAt ? formatDateTime(invoice.submittedAt) : null },
              { term: "Decided", detail: invoice.decidedAt ? formatDateTime(invoice.decidedAt) : null },
              { term: "Reason sent back", detail: invoice.status === "REJECTED" ? invoice.rejectionReason : null },
            ]}
          />
        </Card>
      </div>
      <Card title="Hours">
        {invoice.lines.length === 0 ? (
          <p className="text-sm text-gray-600">No hours on this invoice.</p>
        ) : (
          <ScrollBox label="Hours table">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Hours per project and consultant</caption>
              <thead className="text-xs text-gray-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Project
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Consultant
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Hours
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Rate
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {invoice.lines.map((line) => (
                  <tr key={`${line.projectName}:${line.consultantName}`}>
                    <td className="py-2 pr-4">{line.projectName}</td>
                    <td className="py-2 pr-4">{line.consultantName}</td>
                    <td className="py-2 pr-4 text-right">{formatHours(line.minutes)}</td>
                    <td className="py-2 pr-4 text-right">{formatMoney(line.hourlyRateCents)}</td>
                    <td className="py-2 pr-4 text-right">{formatMoney(line.amountCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </Card>
      <Card title="Expenses">
        {invoice.expenses.length === 0 ? (
          <p className="text-sm text-gray-600">No expenses on this invoice.</p>
        ) : (
          <ScrollBox label="Expenses table">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Expenses with their receipts</caption>
              <thead className="text-xs text-gray-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Incurred
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Project
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Description
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    Amount
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Receipt
                  </th>
                  {expenseAction ? (
                    <th scope="col" className="py-2 pr-4">
                      <span className="sr-only">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {invoice.expenses.map((expense) => (
                  <tr key={expense.id}>
                    <td className="py-2 pr-4 whitespace-nowrap">{formatDate(expense.incurredOn)}</td>
                    <td className="py-2 pr-4">{expense.workAuthorization.projectName}</td>
                    <td className="py-2 pr-4">{expense.description}</td>
                    <td className="py-2 pr-4 text-right">{formatMoney(expense.amountCents)}</td>
                    <td className="py-2 pr-4">
                      {expense.receiptFile ? (
                        <a href={`/files/${expense.receiptFile.id}`} className="text-blue-700 hover:underline">
                          {expense.receiptFile.originalName}
                        </a>
                      ) : (
                        "—"
                      )}
                    </td>
                    {expenseAction ? <td className="py-2 pr-4">{expenseAction(expense)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </Card>
    </div>
  );
}
