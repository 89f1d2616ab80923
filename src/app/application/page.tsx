import type { Metadata } from "next";
import { requireApplicant } from "@/server/auth/session";
import { ApplicationStatus } from "./application-status";

export const metadata: Metadata = { title: "Your partner application" };

// What a partner user sees of the portal until the company is authorized: the application and where it stands.
export default async function ApplicationPage() {
  const user = await requireApplicant();
  return <ApplicationStatus user={user} />;
}
