// The partner account page is made of sections, each drawn from the account the page read. A domain that has more to
// show about an account (certifications, NFR licenses) adds its section here and what it needs to getPartnerAccount.
import type { PartnerAccount } from "@/server/partners/get-partner-account";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { formatDate, formatDateTime } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/roles";

type SectionProps = { account: PartnerAccount };

function EmptySection({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-gray-600">{children}</p>;
}

function ProfileSection({ account }: SectionProps) {
  return (
    <Card title="Profile">
      <DescriptionList
        items={[
          {
            term: "Website",
            detail: (
              <a href={account.website} className="text-blue-700 underline" rel="noopener noreferrer">
                {account.website}
              </a>
            ),
          },
          { term: "Country", detail: account.country },
          { term: "Region", detail: humanize(account.region) },
          { term: "Company size", detail: humanize(account.size) },
          { term: "Tier", detail: humanize(account.tier) },
          { term: "Tracks", detail: account.tracks.map(humanize).join(", ") },
          { term: "CRM id", detail: account.crmId },
          { term: "Channel Account Manager", detail: account.camOwner ? `${account.camOwner.name} (${account.camOwner.email})` : null },
          { term: "Applied", detail: formatDate(account.submittedAt) },
          { term: "Decided", detail: account.decidedAt ? formatDate(account.decidedAt) : null },
          { term: "Last PHD review", detail: account.lastPhdReviewAt ? formatDate(account.lastPhdReviewAt) : null },
          { term: "Description", detail: account.description },
        ]}
      />
    </Card>
  );
}

function PeopleSection({ account }: SectionProps) {
  const { users, peopleCount } = account;
  return (
    <Card title="People">
      {users.length === 0 ? (
        <EmptySection>Nobody at {account.legalName} can sign in yet.</EmptySection>
      ) : (
        <>
          <ul className="divide-y divide-gray-100 text-sm">
            {users.map((person) => (
              <li key={person.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <span className="font-medium text-gray-900">{person.name}</span> · {person.email} · {ROLE_LABELS[person.role]}
                  <span className="block text-gray-600">Last sign-in: {person.lastSignInAt ? formatDateTime(person.lastSignInAt) : "never"}</span>
                </span>
                <StatusBadge status={person.active ? "ACTIVE" : "INACTIVE"} />
              </li>
            ))}
          </ul>
          {peopleCount > users.length ? (
            <p className="mt-2 text-sm text-gray-600">
              The first {users.length} of {peopleCount} people are shown.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}

function AgreementsSection({ account }: SectionProps) {
  return (
    <Card title="Agreements">
      {account.agreementAcceptances.length === 0 ? (
        <EmptySection>{account.legalName} has accepted no agreement yet.</EmptySection>
      ) : (
        <ul className="space-y-1 text-sm">
          {account.agreementAcceptances.map((acceptance) => (
            <li key={acceptance.id}>
              {acceptance.version.template.name} version {acceptance.version.version}: accepted {formatDate(acceptance.acceptedAt)} (
              {humanize(acceptance.method)})
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function NotesSection({ account }: SectionProps) {
  return (
    <Card title="Notes">
      {account.accountNotes ? (
        <p className="whitespace-pre-wrap text-sm text-gray-800 [overflow-wrap:anywhere]">{account.accountNotes}</p>
      ) : (
        <EmptySection>No notes on this account yet. Reviews and approvals add theirs here.</EmptySection>
      )}
    </Card>
  );
}

export const ACCOUNT_SECTIONS: readonly { id: string; Section: (props: SectionProps) => React.ReactNode }[] = [
  { id: "profile", Section: ProfileSection },
  { id: "people", Section: PeopleSection },
  { id: "agreements", Section: AgreementsSection },
  { id: "notes", Section: NotesSection },
];
