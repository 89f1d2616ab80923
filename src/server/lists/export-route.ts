import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/server/auth/session";
import type { AnyListDefinition } from "@/server/lists/define-list";
import { exportResponse } from "@/server/lists/export-list";

/** The GET handler of a list's export route: `export const GET = exportRoute(userList);`. */
export function exportRoute(definition: AnyListDefinition) {
  return async function GET(request: NextRequest): Promise<Response> {
    return exportResponse(definition, await getCurrentUser(), Object.fromEntries(request.nextUrl.searchParams));
  };
}
