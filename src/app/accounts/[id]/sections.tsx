// The partner account page is made of sections, each drawn from the account the page read. A domain that has more to
// show about an account (certifications, NFR licenses) adds its section here and what it needs to getPartnerAccount.
import Link from "next/link";
import type { PartnerAccount } from "@/server/partners/get-partner-account";
import { COMPANY_BADGE_PATHS, COMPANY_CERTIFICATION_NAMES } from "@/server/awards/rules";
import { isAwardCaseOverdue } from "@/server/certifications/rules";
import { daysLeft } from "@/server/accounts/rules";
import { Card } from "@/components/card";
import { DescriptionList } from "@/components/description-list";
import { StatusBadge } from "@/components/status-badge";
import { humanize } from "@/lib/humanize";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { ROLE_LABELS } from "@/lib/roles";
import { NFR_PLAN_LABELS } from "@/lib/nfr";
import { calendarToday, isLicenseHeld } from "@/server/nfr/rules";
import { remainingFundsCents } from "@/server/subcontracting/rules";
import { SUBCONTRACT_RELATIONSHIP_LABELS } from "@/lib/subcontracting-labels";

type SectionProps = { account: PartnerAccount };

const LINK = "font-medium text-blue-700 hover:underline";

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

function PersonCertifications({ certifications }: { certifications: PartnerAccount["users"][number]["earnedCertifications"] }) {
  if (certifications.length === 0) return <span className="block text-gray-600">No certifications earned yet.</span>;
  const now = new Date();
  return (
    <span className="mt-1 block">
      <span className="sr-only">Certifications:</span>
      {certifications.map((earned) => {
        const expired = earned.expiresAt !== null && earned.expiresAt <= now;
        return (
          <span key={earned.id} className={`block ${expired ? "text-red-800" : "text-gray-800"}`}>
            {earned.certification.name} ({earned.certification.code}), issued {formatDate(earned.issuedAt)}
            {earned.expiresAt ? `, ${expired ? "expired" : "expires"} ${formatDate(earned.expiresAt)}` : ", does not expire"}
            {expired ? <strong className="ml-1 font-semibold">Expired</strong> : null}
          </span>
        );
      })}
    </span>
  );
}

function PeopleSection({ account }: SectionProps) {
  const { users, peopleCount } = account;
  return (
    <Card title="People and certifications">
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
                  <PersonCertifications certifications={person.earnedCertifications} />
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

function CompanyCertificationsSection({ account }: SectionProps) {
  return (
    <Card title="Company certifications and badges">
      {account.companyCertifications.length === 0 ? (
        <EmptySection>{account.legalName} holds no company certification yet.</EmptySection>
      ) : (
        <ul className="space-y-3 text-sm">
          {account.companyCertifications.map((certification) => (
            <li key={certification.id} className="flex items-center gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a fixed, small SVG from public/: nothing for the image optimizer to do */}
              <img src={COMPANY_BADGE_PATHS[certification.kind]} alt="" width={48} height={48} />
              <span>
                <span className="block font-medium text-gray-900">{COMPANY_CERTIFICATION_NAMES[certification.kind]}</span>
                <span className="block text-gray-600">
                  Awarded {formatDate(certification.awardedAt)} ·{" "}
                  {certification.publishedAt ? `badge on the locator since ${formatDate(certification.publishedAt)}` : "badge not yet on the locator"}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-gray-600">
        Service Partner Community admin access: {account.serviceCommunityAdminAt ? `granted ${formatDate(account.serviceCommunityAdminAt)}` : "not granted"}
      </p>
    </Card>
  );
}

function CtpSection({ account }: SectionProps) {
  const now = new Date();
  return (
    <Card title="CTP tracking">
      {account.ctpTrackings.length === 0 ? (
        <EmptySection>{account.legalName} has not been invited into the Certified Training Partner program.</EmptySection>
      ) : (
        <ul className="space-y-4 text-sm">
          {account.ctpTrackings.map((tracking) => {
            const days = daysLeft(tracking.locksAt, now);
            return (
              <li key={tracking.id}>
                <p className="flex flex-wrap items-center gap-2">
                  <Link href={`/ctp/${tracking.id}`} className={LINK}>
                    Tracking started {formatDate(tracking.startedAt)}
                  </Link>
                  <StatusBadge status={tracking.status} />
                </p>
                <p className="text-gray-600">
                  {tracking.status === "ACTIVE"
                    ? `${days < 0 ? "Past its lock date" : `${days} ${days === 1 ? "day" : "days"} left`} (locks ${formatDate(tracking.locksAt)})`
                    : tracking.completedAt
                      ? `Completed ${formatDate(tracking.completedAt)}`
                      : `Locked ${formatDate(tracking.locksAt)}`}
                </p>
                <ul className="mt-2 space-y-2">
                  {tracking.sections.map((section) => {
                    const done = section.items.filter((item) => item.completedAt !== null).length;
                    const label = `${humanize(section.kind)} (${humanize(section.owner)})`;
                    return (
                      <li key={section.kind}>
                        <span className="block">
                          {label}: {done} of {section.items.length} done
                        </span>
                        <progress className="h-2 w-full" max={Math.max(section.items.length, 1)} value={done} aria-label={`${label} progress`} />
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function AwardCasesSection({ account }: SectionProps) {
  const now = new Date();
  return (
    <Card title="Award cases">
      {account.awardCases.length === 0 ? (
        <EmptySection>No award case yet. One opens when {account.legalName} earns a company certification.</EmptySection>
      ) : (
        <ul className="divide-y divide-gray-100 text-sm">
          {account.awardCases.map((awardCase) => (
            <li key={awardCase.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/award-cases/${awardCase.id}`} className={LINK}>
                  {awardCase.kind} award, opened {formatDate(awardCase.openedAt)}
                </Link>
                <span className="block text-gray-600">
                  {awardCase.completedAt ? `Completed ${formatDate(awardCase.completedAt)}` : `Due ${formatDate(awardCase.dueAt)}`}
                </span>
              </span>
              <StatusBadge status={isAwardCaseOverdue(awardCase, now) ? "OVERDUE" : awardCase.status} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function NfrSection({ account }: SectionProps) {
  const today = calendarToday(new Date());
  return (
    <Card title="NFR licenses">
      {account.nfrRequests.length > 0 ? (
        <>
          <h3 className="mb-1 text-sm font-semibold text-gray-900">Open requests</h3>
          <ul className="mb-4 divide-y divide-gray-100 text-sm">
            {account.nfrRequests.map((request) => (
              <li key={request.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/nfr/requests/${request.id}`} className={LINK}>
                  {request.usersCount} {NFR_PLAN_LABELS[request.plan]}
                  {request.isRenewal ? " renewal" : ""}, filed {formatDate(request.createdAt)}
                </Link>
                <StatusBadge status={request.status} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {account.nfrLicenses.length === 0 ? (
        <EmptySection>
          {account.legalName} holds no NFR license{account.nfrRequests.length > 0 ? " yet" : ", and has no open request"}.
        </EmptySection>
      ) : (
        <>
          <h3 className="mb-1 text-sm font-semibold text-gray-900">Licenses</h3>
          <ul className="divide-y divide-gray-100 text-sm">
            {account.nfrLicenses.map((license) => (
              <li key={license.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <Link href={`/nfr/licenses/${license.id}`} className={LINK}>
                    {license.referenceNumber}
                  </Link>
                  <span className="block text-gray-600">
                    {license.usersCount} {license.usersCount === 1 ? "user" : "users"}, {NFR_PLAN_LABELS[license.plan]} ·{" "}
                    {license.expiresOn < today ? "expired" : "expires"} {formatDate(license.expiresOn)}
                  </span>
                </span>
                {/* Still marked active past its date, it has expired: the nightly job may not have marked it yet. */}
                <StatusBadge status={license.status === "ACTIVE" && !isLicenseHeld(license, today) ? "EXPIRED" : license.status} />
              </li>
            ))}
          </ul>
          {account.nfrLicenseCount > account.nfrLicenses.length ? (
            <p className="mt-2 text-sm text-gray-600">
              The {account.nfrLicenses.length} latest to expire of {account.nfrLicenseCount} are shown.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** A subcontractor's relationship and running SOWs; the SOWs themselves are the PS coordinators' (`/ps`). */
function SubcontractingSection({ account }: SectionProps) {
  if (!account.subcontractRelationship) return null;
  return (
    <Card title="Subcontracting">
      <p className="mb-2 text-sm text-gray-800">{`${SUBCONTRACT_RELATIONSHIP_LABELS[account.subcontractRelationship]} subcontractor.`}</p>
      {account.primeSows.length === 0 ? (
        <EmptySection>No active Prime SOW.</EmptySection>
      ) : (
        <ul className="divide-y divide-gray-100 text-sm">
          {account.primeSows.map((sow) => (
            <li key={sow.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {`SOW ${sow.number}`}
                <span className="block text-gray-600">{`${formatMoney(remainingFundsCents(sow))} left of ${formatMoney(sow.amountCents)}`}</span>
              </span>
              <StatusBadge status={sow.status} />
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
  { id: "company-certifications", Section: CompanyCertificationsSection },
  { id: "agreements", Section: AgreementsSection },
  { id: "ctp", Section: CtpSection },
  { id: "award-cases", Section: AwardCasesSection },
  { id: "nfr", Section: NfrSection },
  { id: "subcontracting", Section: SubcontractingSection },
  { id: "notes", Section: NotesSection },
];
