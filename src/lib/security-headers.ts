// The response headers every page, route and asset carries, in one place (the README lists them with the reasons).
// next.config.ts sets the static ones on everything; src/proxy.ts adds the Content-Security-Policy, whose script
// nonce is new for each request.

/** Over HTTPS (the public address says so) browsers are told to use nothing else for two years. */
const servedOverHttps = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  // A response is read as the type it says it is: an uploaded file can never be run as a script or a page.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Links out of the portal do not carry its paths (reset and invitation links hold tokens) to other sites.
  { key: "Referrer-Policy", value: "same-origin" },
  // Older browsers that ignore CSP's frame-ancestors still refuse to show the portal in another site's frame.
  { key: "X-Frame-Options", value: "DENY" },
  // The portal uses no camera, microphone or location; a script that got in could not either.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(servedOverHttps ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** For what is no page (API answers, static files): nothing in it may load or run anything, and nothing may frame it. */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Scripts run only from the portal and only with this request's nonce (Next puts it on its own scripts), so an
 * injected <script> does nothing; nothing may frame the portal, forms post only to it, and no plugin loads. Styles
 * allow inline attributes, which React's `style` props need. `next dev` evaluates code, so it also gets 'unsafe-eval'.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
