// Runs before every page and route: the Content-Security-Policy with this request's script nonce, and the first line
// of defence for private pages, which sends visitors with no session cookie to /login. It does not decrypt the
// cookie: every page and action checks the session itself (getCurrentUser reads it through its server-side session
// row; src/server/auth/policy.ts decides what it may do), so a forged or ended cookie gets past this check only to be
// sent to /login by the page.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { PRIVATE_PREFIXES } from "@/server/auth/areas";
import { contentSecurityPolicy } from "@/lib/security-headers";

// A list's CSV export (`/accounts/export`, or one of a page's several, `/ps/export/sows`, made by exportRoute) is
// fetched by a download or a script, not read by a person: signed out, it answers 401 itself rather than being sent to
// the sign-in page. API routes are not matched at all.
function isExportRoute(pathname: string): boolean {
  return /\/export(\/[a-z-]+)?$/.test(pathname);
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate = !isExportRoute(pathname) && PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  // `raw` finds the cookie (by next-auth's name, however many chunks) without decrypting it.
  if (isPrivate && !(await getToken({ req: request, raw: true }))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const policy = contentSecurityPolicy(btoa(crypto.randomUUID()), process.env.NODE_ENV === "development");
  const forwarded = new Headers(request.headers);
  // Next reads the nonce for its own scripts from the request's policy header.
  forwarded.set("content-security-policy", policy);
  // Pages read the path to send a signed-out visitor back after sign-in.
  forwarded.set("x-pathname", `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every page and the routes beside them. API routes answer JSON, not pages with scripts: next.config.ts gives them, the
// build's static files and the favicon the static headers and a fixed policy, and they skip this per-request work.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon\\.(?:ico|svg)$).*)"] };
