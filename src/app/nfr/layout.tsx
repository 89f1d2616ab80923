import { requireArea } from "@/server/auth/session";

// The role check runs here, before the page streams, so a wrong role gets a real 403 status.
export default async function AreaLayout({ children }: { children: React.ReactNode }) {
  await requireArea("nfr");
  return children;
}
