import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/session";
import { HOME_BY_ROLE } from "@/server/auth/roles";

export const dynamic = "force-dynamic";

export default async function RootPage() {
  const user = await getCurrentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}
