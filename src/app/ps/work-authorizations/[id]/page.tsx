import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { getWorkAuthorization } from "@/server/subcontracting/get-work-authorization";
import { workAuthorizationMoves } from "@/server/subcontracting/rules";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { formatDate, formatMoney } from "@/lib/format";
import { RecordHistory } from "@/app/record-history";
import { hoursUsed, RecordTable } from "@/app/ps/record-table";
import { CancelWorkAuthorizationForm, StatusMoveForm } from "./status-forms";

// The title and the page read the authorization once per request.
const loadAuthorization = cache(async (id: string) => {
  const user = await requireCapability("sows.read");
  return { user, authorization: await getWorkAuthorization(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { authorization } = await loadAuthorization((await params).id);
  return { title: authorization ? `Work authorization: ${authorization.projectName}` : "Work authorization" };
}

export default async function WorkAuthorizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, authorization } = await loadAuthorization((await params).id);
  if (!authorization) notFound();
  const moves = can(user, "sows.manage") ? workAuthorizationMoves(authorization.status) : [];
  const { sow } = authorization;
  return (
    <>
      <PageHeader
        back={{ href: `/ps/sows/${sow.id}`, label: `SOW ${sow.number}` }}
        title={authorization.projectName}
        description={`${sow.partner.legalName} · ${formatMoney(authorization.amountCents)}`}
        actions={<StatusBadge status={authorization.status} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Authorization">
          <DescriptionList
            items={[
              {
                term: "Prime SOW",
                detail: (
                  <Link href={`/ps/sows/${sow.id}`} className="text-blue-700 underline">
                    {sow.number}
                  </Link>
                ),
              },
              {
                term: "Partner",
                detail: (
                  <Link href={`/ps/partners/${sow.partner.id}`} className="text-blue-700 underline">
                    {sow.partner.legalName}
                  </Link>
                ),
              },
              { term: "Customer", detail: authorization.customerName },
              { term: "Status", detail: humanize(authorization.status) },
              { term: "Hourly rate", detail: formatMoney(authorization.hourlyRateCents) },
              { term: "Hours used", detail: hoursUsed(authorization.minutesLogged, authorization.hoursAuthorized) },
              { term: "Travel and expenses budget", detail: formatMoney(authorization.expenseBudgetCents) },
              { term: "Amount drawn", detail: formatMoney(authorization.amountCents) },
              { term: "Starts", detail: authorization.startsOn ? formatDate(authorization.startsOn) : null },
              { term: "Ends", detail: authorization.endsOn ? formatDate(authorization.endsOn) : null },
            ]}
          />
          {moves.length > 0 ? (
            <div className="mt-4 flex flex-wrap items-start gap-4 border-t border-gray-100 pt-4">
              {moves.map((move) =>
                move === "CANCEL" ? (
                  <CancelWorkAuthorizationForm
                    key={move}
                    workAuthorizationId={authorization.id}
                    projectName={authorization.projectName}
                    amount={formatMoney(authorization.amountCents)}
                  />
                ) : (
                  <StatusMoveForm key={move} workAuthorizationId={authorization.id} move={move} />
                ),
              )}
            </div>
          ) : null}
        </Card>
        <Card title="Terms">
          <DescriptionList
            items={[
              { term: "Scope", detail: authorization.scope },
              { term: "Technical requirements", detail: authorization.technicalRequirements },
              { term: "Background check", detail: authorization.backgroundCheck },
              { term: "Billing terms", detail: authorization.billingTerms },
              { term: "Travel and expenses", detail: authorization.travelAndExpenses },
            ]}
          />
        </Card>
      </div>
      <div className="mt-4 space-y-4">
        <Card title="Assigned consultants">
          <RecordTable
            caption={`Consultants assigned to ${authorization.projectName}`}
            headers={["Consultant", "Stage", "Assigned"]}
            empty="No consultant is assigned yet. Consultants are assigned from their page once approved."
            rows={authorization.consultants.map(({ consultant, assignedAt }) => ({
              key: consultant.id,
              cells: [
                <Link key="name" href={`/ps/consultants/${consultant.id}`} className="text-blue-700 underline">
                  {consultant.name}
                </Link>,
                humanize(consultant.stage),
                formatDate(assignedAt),
              ],
            }))}
          />
        </Card>
        <RecordHistory entityType="WorkAuthorization" entityId={authorization.id} />
      </div>
    </>
  );
}
