import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { csvResponse } from "@/server/csv/stream-csv";
import { parsePartnerListQuery } from "@/server/partners/list-partners";
import { iteratePartnersForExport, PARTNER_EXPORT_HEADER } from "@/server/partners/export-partners";

/** The CAM's accounts as CSV, for the same search and filters as the page's URL. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  if (!can(user, "accounts.read")) return new Response("You are not allowed to download this file.", { status: 403 });
  const { params, filters } = parsePartnerListQuery(Object.fromEntries(request.nextUrl.searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`accounts-${day}.csv`, PARTNER_EXPORT_HEADER, iteratePartnersForExport(user, params, filters));
}
