import { requireArea } from "@/server/auth/session";
import { PendingAgreementsBanner } from "./pending-agreements-banner";

// The role check runs here, before the page streams, so a wrong role gets a real 403 status and an applicant is sent
// to the application's status page.
export default async function AreaLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea("partner");
  return (
    <>
      <PendingAgreementsBanner user={user} />
      {children}
    </>
  );
}
