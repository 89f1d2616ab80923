import { InvalidLink } from "@/components/invalid-link";
import { ASK_FOR_INVITATION, INVITATION_GONE } from "./invitation-messages";

export default function InvitationNotFound() {
  return (
    <div className="mx-auto max-w-sm rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
      <InvalidLink title="Invitation" reason={INVITATION_GONE} next={{ text: ASK_FOR_INVITATION }} />
    </div>
  );
}
