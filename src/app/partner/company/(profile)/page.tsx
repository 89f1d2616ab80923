import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { ROLE_LABELS } from "@/lib/roles";
import { getPartnerProfile } from "@/server/partners/get-partner-profile";
import { loadListPage } from "@/server/lists/load-list-page";
import { partnerUserList } from "@/server/partners/partner-user-list";
import { listPartnerInvitations } from "@/server/partners/list-partner-invitations";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { DataTable } from "@/components/data-table";
import { ProfileForm } from "../profile-form";
import { LogoForm } from "../logo-form";
import { InviteForm } from "../invite-form";
import { RevokeInvitationForm } from "../revoke-invitation-form";
import { formatDate } from "@/lib/format";
import { DescriptionList } from "@/components/description-list";

export const metadata: Metadata = { title: "Company" };

export default async function PartnerCompanyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireCapability("company.read");
  const isAdmin = can(user, "company.manage");
  const query = await searchParams;
  const [profile, users, invitations] = await Promise.all([getPartnerProfile(user), loadListPage(partnerUserList, user, query), listPartnerInvitations(user)]);

  return (
    <>
      <PageHeader
        title={profile.legalName}
        description={
          isAdmin
            ? "Your company's profile in the partner locator, and the people who use the portal."
            : "Your company's profile and people. Partner admins can change them."
        }
      />

      <div className="mb-8 grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Profile">
            {isAdmin ? (
              <ProfileForm profile={profile} />
            ) : (
              <DescriptionList
                items={[
                  { term: "Description", detail: profile.description },
                  { term: "Website", detail: profile.website },
                  { term: "Locations", detail: profile.locations.join("; ") },
                  { term: "Languages", detail: profile.languages.join(", ") },
                  { term: "Services", detail: profile.services.join(", ") },
                ]}
              />
            )}
          </Card>
        </div>
        <Card title="Logo">
          <div className="space-y-4">
            {profile.logoFileId ? (
              // A plain img: the file route reads the viewer's session cookie, which Next's image optimizer would not send.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={`/files/${profile.logoFileId}`}
                alt={`${profile.legalName} logo`}
                className="max-h-32 max-w-full rounded border border-gray-200 bg-white p-2"
              />
            ) : (
              <p className="text-sm text-gray-600">No logo yet.</p>
            )}
            {isAdmin ? <LogoForm /> : null}
          </div>
        </Card>
      </div>

      <h2 className="mb-3 text-lg font-semibold">Users</h2>
      <DataTable list={users} />

      <div className="mt-8 grid gap-4 lg:grid-cols-2">
        {isAdmin ? (
          <Card title="Invite someone">
            <InviteForm />
          </Card>
        ) : null}
        <Card title="Pending invitations">
          {invitations.length === 0 ? (
            <p className="text-sm text-gray-600">No invitations are waiting to be accepted.</p>
          ) : (
            <ul aria-label="Pending invitations" className="divide-y divide-gray-100 text-sm">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <div className="min-w-0 [overflow-wrap:anywhere]">
                    <p className="font-medium text-gray-900">{invitation.email}</p>
                    <p className="text-gray-600">
                      {invitation.role ? ROLE_LABELS[invitation.role] : "—"} · expires {formatDate(invitation.expiresAt)}
                    </p>
                  </div>
                  {isAdmin ? <RevokeInvitationForm invitationId={invitation.id} email={invitation.email} /> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
