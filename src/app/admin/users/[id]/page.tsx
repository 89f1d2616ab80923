import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/server/auth/session";
import { getUser } from "@/server/users/get-user";
import { recordIdParam } from "@/server/page-params";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/roles";
import { RecordHistory } from "@/app/record-history";

// The title and the page read the user once per request.
const loadUser = cache(async (id: string) => getUser(await requireCapability("users.manage"), recordIdParam(id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const person = await loadUser((await params).id);
  return { title: person ? person.name : "User" };
}

function sessionState(session: { endedAt: Date | null; expiresAt: Date }, now: Date): string {
  if (session.endedAt) return `signed out ${formatDateTime(session.endedAt)}`;
  return session.expiresAt > now ? `open until ${formatDateTime(session.expiresAt)}` : `expired ${formatDateTime(session.expiresAt)}`;
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await loadUser((await params).id);
  if (!person) notFound();
  const now = new Date();
  return (
    <>
      <PageHeader
        back={{ href: "/admin", label: "Users" }}
        title={person.name}
        description={`${person.email} · ${ROLE_LABELS[person.role]}`}
        actions={<StatusBadge status={person.active ? "ACTIVE" : "INACTIVE"} />}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Account">
          <DescriptionList
            items={[
              { term: "Name", detail: person.name },
              { term: "Email", detail: person.email },
              { term: "Role", detail: ROLE_LABELS[person.role] },
              {
                term: "Company",
                detail: person.partner ? (
                  <Link href={`/accounts/${person.partner.id}`} className="text-blue-700 underline">
                    {person.partner.legalName}
                  </Link>
                ) : null,
              },
              { term: "Region", detail: person.region ? humanize(person.region) : null },
              { term: "Job title", detail: person.title },
              { term: "Phone", detail: person.phone },
              { term: "Status", detail: person.active ? "Active" : "Deactivated" },
              { term: "Email verified", detail: person.emailVerifiedAt ? formatDateTime(person.emailVerifiedAt) : "Not yet" },
              { term: "Joined", detail: formatDateTime(person.createdAt) },
              { term: "Last sign-in", detail: person.lastSignInAt ? formatDateTime(person.lastSignInAt) : "Never" },
            ]}
          />
        </Card>
        <Card title="Sessions">
          {person.sessions.length === 0 ? (
            <p className="text-sm text-gray-600">{person.name} has never signed in.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {person.sessions.map((session) => (
                <li key={session.id}>
                  Signed in {formatDateTime(session.createdAt)} from {session.ip}, {sessionState(session, now)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="mt-4">
        <RecordHistory entityType="User" entityId={person.id} />
      </div>
    </>
  );
}
