import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { getSubcontractingPartner } from "@/server/subcontracting/get-subcontracting-partner";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";
import { formatDate, formatMoney } from "@/lib/format";
import { RecordHistory } from "@/app/record-history";
import { hoursUsed, RecordTable } from "@/app/ps/record-table";
import { AgreementExecutedForm, NewSowForm, RelationshipForm } from "./partner-forms";

// The title and the page read the partner once per request.
const loadPartner = cache(async (id: string) => {
  const user = await requireCapability("sows.read");
  return { user, partner: await getSubcontractingPartner(user, recordIdParam(id)) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { partner } = await loadPartner((await params).id);
  return { title: partner ? `${partner.legalName}: subcontracting` : "Subcontracting partner" };
}

export default async function SubcontractingPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, partner } = await loadPartner((await params).id);
  if (!partner) notFound();
  const manages = can(user, "sows.manage");
  return (
    <>
      <PageHeader
        back={{ href: "/ps/partners", label: "Subcontracting partners" }}
        title={partner.legalName}
        description={partner.subcontractRelationship ? SUBCONTRACT_RELATIONSHIP_LABELS[partner.subcontractRelationship] : "No subcontracting relationship yet"}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Relationship">
          {manages ? (
            <RelationshipForm partnerId={partner.id} current={partner.subcontractRelationship} />
          ) : (
            <p className="text-sm">{partner.subcontractRelationship ? SUBCONTRACT_RELATIONSHIP_LABELS[partner.subcontractRelationship] : "None"}</p>
          )}
        </Card>
        <Card title="MSA and DPA">
          <DescriptionList
            items={[partner.agreements.MSA, partner.agreements.DPA].map((agreement) => ({
              term: agreement.kind,
              detail: (
                <>
                  {agreement.executed ? `Executed on ${formatDate(agreement.executed.executedAt)}` : "Missing: not executed"}
                  {agreement.version ? ` (version ${agreement.version})` : " (none published yet)"}
                  {agreement.executed?.signedFileId ? (
                    <>
                      {" · "}
                      <a href={`/files/${agreement.executed.signedFileId}`} className="text-blue-700 underline">
                        {`Signed ${agreement.kind}`}
                      </a>
                    </>
                  ) : null}
                </>
              ),
            }))}
          />
          {manages ? (
            <div className="mt-4 border-t border-gray-100 pt-4">
              <AgreementExecutedForm
                partnerId={partner.id}
                missing={!partner.agreements.MSA.executed ? "MSA" : !partner.agreements.DPA.executed ? "DPA" : null}
              />
            </div>
          ) : null}
        </Card>
      </div>
      <div className="mt-4 space-y-4">
        <Card title="Prime SOWs">
          <RecordTable
            caption={`Prime SOWs of ${partner.legalName}`}
            headers={["SOW", "Status", "Amount", "Authorized", "Remaining"]}
            empty="No Prime SOW yet."
            rows={partner.primeSows.map((sow) => ({
              key: sow.id,
              cells: [
                <Link key="number" href={`/ps/sows/${sow.id}`} className="text-blue-700 underline">
                  {sow.number}
                </Link>,
                <StatusBadge key="status" status={sow.status} />,
                formatMoney(sow.amountCents),
                formatMoney(sow.authorizedCents),
                formatMoney(sow.amountCents - sow.invoicedCents),
              ],
            }))}
          />
          {manages && partner.subcontractRelationship ? (
            <div className="mt-4 border-t border-gray-100 pt-4">
              <NewSowForm partnerId={partner.id} />
            </div>
          ) : null}
        </Card>
        <Card title="Projects">
          <RecordTable
            caption={`Work authorizations of ${partner.legalName}`}
            headers={["Project", "SOW", "Status", "Hours used"]}
            empty="No work authorized yet."
            rows={partner.projects.map((project) => ({
              key: project.id,
              cells: [
                <Link key="project" href={`/ps/work-authorizations/${project.id}`} className="text-blue-700 underline">
                  {project.projectName}
                </Link>,
                project.sowNumber,
                <StatusBadge key="status" status={project.status} />,
                hoursUsed(project.minutesLogged, project.hoursAuthorized),
              ],
            }))}
          />
        </Card>
        <Card title="Consultants">
          <RecordTable
            caption={`Consultants of ${partner.legalName}`}
            headers={["Consultant", "Stage"]}
            empty="No consultants yet."
            rows={partner.consultants.map((consultant) => ({
              key: consultant.id,
              cells: [
                <Link key="name" href={`/ps/consultants/${consultant.id}`} className="text-blue-700 underline">
                  {consultant.name}
                </Link>,
                humanize(consultant.stage),
              ],
            }))}
          />
        </Card>
        <RecordHistory entityType="Partner" entityId={partner.id} />
      </div>
    </>
  );
}
