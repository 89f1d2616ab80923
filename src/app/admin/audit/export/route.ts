import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { csvResponse } from "@/server/csv/stream-csv";
import { listAuditFilterOptions, parseAuditEventQuery } from "@/server/audit/list-audit-events";
import { AUDIT_EVENT_EXPORT_HEADER, iterateAuditEventsForExport } from "@/server/audit/export-audit-events";

/** The audit trail as CSV, for the same search, filters and dates as the page's URL. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  if (!can(user, "audit.read")) return new Response("You are not allowed to download this file.", { status: 403 });
  const options = await listAuditFilterOptions(user);
  const { params, filters } = parseAuditEventQuery(Object.fromEntries(request.nextUrl.searchParams), options);
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`audit-trail-${day}.csv`, AUDIT_EVENT_EXPORT_HEADER, iterateAuditEventsForExport(user, params, filters));
}
