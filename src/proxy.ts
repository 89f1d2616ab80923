// First line of defence only: sends visitors of private pages who have no session cookie to /login.
// It does not decrypt the cookie: every page and action checks the session and role itself
// (getCurrentUser decrypts it once and re-reads the user from the database; src/server/auth/policy.ts),
// so a forged or expired cookie gets past this check only to be sent to /login by the page.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_PREFIXES } from "@/server/auth/areas";


// A list's CSV export (`/cam/export`, made by exportRoute) is fetched by a download or a script, not read by a person:
// signed out, it answers 401 itself rather than being sent to the sign-in page. API routes are not matched at all.
function isExportRoute(pathname: string): boolean {
  return pathname.endsWith("/export");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate =
    !isExportRoute(pathname) && PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  // `raw` finds the cookie (by next-auth's name, however many chunks) without decrypting it.
  if (isPrivate && !(await getToken({ req: request, raw: true }))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Pages read the path to send a signed-out visitor back after sign-in.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-pathname", `${pathname}${search}`);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = { matcher: ["/((?!api/|_next/|favicon.ico).*)"] };
