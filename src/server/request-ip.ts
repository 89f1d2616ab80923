import "server-only";

/**
 * The client's address as recorded in audit events, throttles and agreement acceptances. A reverse proxy appends the
 * address it saw to X-Forwarded-For, so the right-most entry is the one no client can forge; anything left of it is
 * what the client claimed. Without a proxy, Next fills the header with the socket's address when it is absent.
 */
export function clientIpFrom(headers: Headers): string {
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get("x-real-ip") || "unknown";
}
