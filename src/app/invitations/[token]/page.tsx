import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ROLE_LABELS } from "@/lib/roles";
import { getInvitation } from "@/server/partners/get-invitation";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { InvalidLink } from "@/components/invalid-link";
import { ASK_FOR_INVITATION, INVITATION_EXPIRED } from "./invitation-messages";

export const metadata: Metadata = { title: "Accept your invitation" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  // A link that never was, or was used, revoked or replaced, is a 404; its page says what to do (not-found.tsx).
  if (invitation.status === "invalid") notFound();
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      {invitation.status === "valid" ? (
        <>
          <h1 className="mb-1 text-xl font-semibold">Join {invitation.companyName}</h1>
          <p className="mb-5 text-sm text-gray-600">
            You were invited as a {ROLE_LABELS[invitation.role].toLowerCase()} with <span className="font-medium text-gray-900">{invitation.email}</span>.
            Choose your name and a password to create your account.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <InvalidLink title="Invitation" reason={INVITATION_EXPIRED} next={{ text: ASK_FOR_INVITATION }} />
      )}
    </div>
  );
}
