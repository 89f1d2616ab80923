import { requireArea } from "@/server/auth/session";
import { isAuthorizedPartnerUser } from "@/server/auth/policy";
import { ApplicationStatus } from "./application-status";
import { PendingAgreementsBanner } from "./pending-agreements-banner";

// The role check runs here, before the page streams, so a wrong role gets a real 403 status.
// Until the company is authorized, every partner page shows the application's status and nothing else.
export default async function AreaLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("partner");
  if (!isAuthorizedPartnerUser(user)) return <ApplicationStatus user={user} />;
  return (
    <>
      <PendingAgreementsBanner user={user} />
      {children}
    </>
  );
}
