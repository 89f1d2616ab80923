import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/server/auth/session";
import { can } from "@/server/auth/policy";
import { csvResponse } from "@/server/csv/stream-csv";
import { parseUserListQuery } from "@/server/users/list-users";
import { iterateUsersForExport, USER_EXPORT_HEADER } from "@/server/users/export-users";

/** The portal's users as CSV, for the same search and filters as the users page's URL. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download this file.", { status: 401 });
  if (!can(user, "users.manage")) return new Response("You are not allowed to download this file.", { status: 403 });
  const { params, filters } = parseUserListQuery(Object.fromEntries(request.nextUrl.searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(`users-${day}.csv`, USER_EXPORT_HEADER, iterateUsersForExport(user, params, filters));
}
