import { InvitationUnusable } from "./invitation-unusable";

export default function InvitationNotFound() {
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <InvitationUnusable reason="This invitation link is not valid: it may have been used, revoked or replaced by a newer one. Ask a partner admin of your company for a new invitation." />
    </div>
  );
}
