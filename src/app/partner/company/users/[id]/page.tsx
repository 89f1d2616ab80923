import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { getPartnerUser } from "@/server/partners/get-partner-user";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { StatusBadge } from "@/components/status-badge";
import { RoleForm } from "./role-form";
import { AccessForms } from "./access-forms";
import { formatDateTime } from "@/lib/format";
import { recordIdParam } from "@/server/page-params";
import { DescriptionList } from "@/components/description-list";

export const metadata: Metadata = { title: "Company user" };

export default async function PartnerCompanyUserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireCapability("company.read");
  const person = await getPartnerUser(user, recordIdParam((await params).id));
  if (!person) notFound();
  const isAdmin = can(user, "company.manage");
  const isSelf = person.id === user.id;
  return (
    <>
      <PageHeader
        back={{ href: "/partner/company", label: "Company" }}
        title={person.name}
        description={`${person.email} · ${ROLE_LABELS[person.role]}`}
        actions={<StatusBadge status={person.active ? "ACTIVE" : "INACTIVE"} />}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Account">
          <DescriptionList
            items={[
              { term: "Role", detail: ROLE_LABELS[person.role] },
              { term: "Status", detail: person.active ? "Active" : "Deactivated" },
              { term: "Last sign-in", detail: person.lastSignInAt ? formatDateTime(person.lastSignInAt) : "Never" },
              { term: "Joined", detail: formatDateTime(person.createdAt) },
            ]}
          />
        </Card>
        {isAdmin ? (
          <Card title="Manage">
            <div className="space-y-6">
              <RoleForm userId={person.id} role={person.role} />
              <AccessForms userId={person.id} name={person.name} isSelf={isSelf} active={person.active} />
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
