import "server-only";

/**
 * The client's address as recorded in audit events, throttles and agreement acceptances. The web server
 * (scripts/web-server.ts) sets X-Forwarded-For to the socket's address, unless TRUST_PROXY_HEADERS says a proxy in
 * front appends the address it saw: then the right-most entry is the one no client can forge.
 */
export function clientIpFrom(headers: Headers): string {
  const hops =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((hop) => hop.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) || headers.get("x-real-ip") || "unknown";
}
