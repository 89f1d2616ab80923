import type { Metadata } from "next";
import { z } from "zod";
import { requireApplicant } from "@/server/auth/session";
import { parsePageParams } from "@/server/page-params";
import { ApplicationStatus } from "./application-status";

export const metadata: Metadata = { title: "Your partner application" };

const ZApplicationPageParams = z.object({ sent: z.string().optional().catch(undefined) });

// What a partner user sees of the portal until the company is authorized: the application and where it stands.
export default async function ApplicationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireApplicant();
  const { sent } = parsePageParams(ZApplicationPageParams, await searchParams);
  return <ApplicationStatus user={user} sentAgain={sent !== undefined} />;
}
