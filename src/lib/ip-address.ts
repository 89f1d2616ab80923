// Node reports an IPv4 client on a dual-stack socket as an IPv4-mapped IPv6 address (::ffff:127.0.0.1); people
// know the address as 127.0.0.1, so that is how the portal records and shows it.
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/** An address as people write it: an IPv4-mapped IPv6 address becomes its IPv4 address; anything else is kept as it is. */
export function normalizeIp(ip: string): string {
  const trimmed = ip.trim();
  return IPV4_MAPPED.exec(trimmed)?.[1] ?? trimmed;
}
