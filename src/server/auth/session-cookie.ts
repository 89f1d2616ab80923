import "server-only";

// next-auth's own default, stated here so getCurrentUser reads the cookie next-auth writes.
export const USE_SECURE_COOKIES = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** The session cookie next-auth sets; over HTTPS it carries the `__Secure-` prefix. */
export const SESSION_COOKIE_NAME = `${USE_SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;
