// First line of defence only: sends anonymous visitors of private pages to /login.
// Every page and action still checks the session and role itself (src/server/auth/policy.ts).
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

const PRIVATE_PREFIXES = ["/partner", "/cam", "/phd", "/ps", "/admin"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPrivate = PRIVATE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (isPrivate && !(await getToken({ req: request }))) {
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
