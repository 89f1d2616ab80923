import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { getPrimeSow, type PrimeSowRecord } from "@/server/subcontracting/get-prime-sow";
import { getSowBurn } from "@/server/subcontracting/get-sow-burn";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { showsCustomerTo } from "@/server/subcontracting/rules";
import { RecordHistory } from "@/app/record-history";
import { BurnChart } from "@/components/burn-chart";
import { hoursUsed, RecordTable } from "@/app/ps/record-table";
import { ApprovePoForm, AttachDocumentForm, CancelPoForm, MoveSowForm, RatesForm, WorkAuthorizationForm } from "./sow-forms";

// The title and the page read the SOW once per request.
const loadSow = cache(async (id: string) => {
  const user = await requireCapability("sows.read");
  return { user, sow: await getPrimeSow(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { sow } = await loadSow((await params).id);
  return { title: sow ? `SOW ${sow.number}` : "Prime SOW" };
}

const rateLines = (rates: PrimeSowRecord["rates"]) => rates.map((rate) => `${rate.roleName}: ${(rate.hourlyRateCents / 100).toFixed(2)}`).join("\n");

export default async function PrimeSowPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, sow } = await loadSow((await params).id);
  if (!sow) notFound();
  const manages = can(user, "sows.manage");
  const burn = await getSowBurn(user, sow.id);
  return (
    <>
      <PageHeader
        back={{ href: "/ps/sows", label: "Prime SOWs" }}
        title={`SOW ${sow.number}`}
        description={`${sow.partner.legalName} · ${formatMoney(sow.amountCents)}`}
        actions={<StatusBadge status={sow.status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Funds">
          <DescriptionList
            items={[
              {
                term: "Partner",
                detail: (
                  <Link href={`/ps/partners/${sow.partner.id}`} className="text-blue-700 underline">
                    {sow.partner.legalName}
                  </Link>
                ),
              },
              {
                term: "Relationship",
                detail: sow.partner.subcontractRelationship ? SUBCONTRACT_RELATIONSHIP_LABELS[sow.partner.subcontractRelationship] : null,
              },
              { term: "Amount", detail: formatMoney(sow.amountCents) },
              { term: "Authorized", detail: formatMoney(sow.authorizedCents) },
              { term: "Left to authorize", detail: formatMoney(sow.leftToAuthorizeCents) },
              { term: "Invoiced", detail: formatMoney(sow.invoicedCents) },
              { term: "Remaining", detail: formatMoney(sow.remainingCents) },
              { term: "PO number", detail: sow.poNumber },
            ]}
          />
        </Card>
        <Card title="Lifecycle">
          <ol className="mb-4 space-y-1 text-sm" aria-label="Timeline">
            {sow.transitions.map((transition) => (
              <li key={transition.id}>
                <time dateTime={transition.at.toISOString()} className="text-gray-600">
                  {formatDateTime(transition.at)}
                </time>{" "}
                · {humanize(transition.toStatus)}
                {transition.actor ? ` by ${transition.actor.name}` : ""}
                {transition.note ? `: ${transition.note}` : ""}
              </li>
            ))}
          </ol>
          <DescriptionList
            items={[
              { term: "Sent to partner", detail: sow.sentAt ? formatDate(sow.sentAt) : null },
              { term: "Executed", detail: sow.executedAt ? formatDate(sow.executedAt) : null },
              { term: "PO approved", detail: sow.poApprovedAt ? formatDate(sow.poApprovedAt) : null },
            ]}
          />
          {manages && sow.moves.length > 0 ? (
            <div className="mt-4 flex flex-wrap items-start gap-4 border-t border-gray-100 pt-4">
              {sow.moves.map((move) => (
                <MoveSowForm key={move.to} sowId={sow.id} to={move.to} blocker={move.blocker} />
              ))}
            </div>
          ) : null}
        </Card>
        {sow.openPoRequest ? (
          <Card title="Replenishment PO request">
            <p className="mb-3 text-sm text-gray-700">
              Funds fell to the replenishment line on {formatDate(sow.openPoRequest.createdAt)}: a new PO of {formatMoney(sow.openPoRequest.amountCents)} is
              drafted.
            </p>
            {manages ? (
              <div className="space-y-4">
                <ApprovePoForm requestId={sow.openPoRequest.id} />
                <CancelPoForm requestId={sow.openPoRequest.id} amountCents={sow.openPoRequest.amountCents} />
              </div>
            ) : null}
          </Card>
        ) : null}
        <Card title="Burn">
          <BurnChart months={burn} caption={`Hours-based value and invoiced amount per month of SOW ${sow.number}`} />
        </Card>
        <Card title="Rates">
          {sow.rates.length === 0 ? (
            <p className="text-sm text-gray-600">No rates agreed on this SOW yet.</p>
          ) : (
            <DescriptionList items={sow.rates.map((rate) => ({ term: rate.roleName, detail: `${formatMoney(rate.hourlyRateCents)} an hour` }))} />
          )}
          {manages && sow.ratesEditable ? (
            <div className="mt-4 border-t border-gray-100 pt-4">
              <RatesForm sowId={sow.id} rates={rateLines(sow.rates)} />
            </div>
          ) : null}
        </Card>
        <Card title="Documents">
          {sow.documents.length === 0 ? (
            <p className="text-sm text-gray-600">No documents attached yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {sow.documents.map((document) => (
                <li key={document.id}>
                  <a href={`/files/${document.file.id}`} className="text-blue-700 underline">
                    {document.label}
                  </a>{" "}
                  <span className="text-gray-600">
                    ({document.file.originalName}, {formatDate(document.createdAt)})
                  </span>
                </li>
              ))}
            </ul>
          )}
          {manages ? (
            <div className="mt-4 border-t border-gray-100 pt-4">
              <AttachDocumentForm sowId={sow.id} />
            </div>
          ) : null}
        </Card>
      </div>
      <div className="mt-4 space-y-4">
        <Card title="Work authorizations">
          <RecordTable
            caption={`Work authorizations on SOW ${sow.number}`}
            headers={["Project", "Status", "Amount", "Hours used", "Ends"]}
            empty="No work authorized against this SOW yet."
            rows={sow.workAuthorizations.map((authorization) => ({
              key: authorization.id,
              cells: [
                <Link key="project" href={`/ps/work-authorizations/${authorization.id}`} className="text-blue-700 underline">
                  {authorization.projectName}
                </Link>,
                <StatusBadge key="status" status={authorization.status} />,
                formatMoney(authorization.amountCents),
                hoursUsed(authorization.minutesLogged, authorization.hoursAuthorized),
                authorization.endsOn ? formatDate(authorization.endsOn) : "—",
              ],
            }))}
          />
          {manages && sow.status === "ACTIVE" ? (
            <div className="mt-4 border-t border-gray-100 pt-4">
              <WorkAuthorizationForm
                sowId={sow.id}
                rates={sow.rates.map((rate) => ({ id: rate.id, label: `${rate.roleName} (${formatMoney(rate.hourlyRateCents)} an hour)` }))}
                showsCustomer={showsCustomerTo(sow.partner.subcontractRelationship)}
                leftToAuthorize={formatMoney(sow.leftToAuthorizeCents)}
              />
            </div>
          ) : null}
        </Card>
        <RecordHistory entityType="PrimeSow" entityId={sow.id} />
      </div>
    </>
  );
}
