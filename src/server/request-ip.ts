import "server-only";
import { normalizeIp } from "@/lib/ip-address";

/**
 * The client's address as recorded in audit events, throttles and agreement acceptances. The web server
 * (scripts/web-server.ts) sets X-Forwarded-For to the socket's address, unless TRUST_PROXY_HEADERS says a proxy in
 * front appends the address it saw: then the right-most entry is the one no client can forge. Recorded normalised, so
 * an IPv4 client reads 127.0.0.1 in the evidence, not ::ffff:127.0.0.1.
 */
export function clientIpFrom(headers: Headers): string {
  const hops =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((hop) => hop.trim())
      .filter(Boolean) ?? [];
  const ip = hops.at(-1) || headers.get("x-real-ip");
  return ip ? normalizeIp(ip) : "unknown";
}
