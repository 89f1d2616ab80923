import type { IncomingHttpHeaders } from "node:http";

/**
 * Makes the request's forwarding headers say where it really came from. With no proxy in front, whatever a client
 * puts in X-Forwarded-For or X-Real-IP is its own claim, so both are replaced by the socket's address: the sign-in
 * throttle, audit events and agreement acceptances then record an address the client cannot choose. Behind a proxy
 * that appends the address it saw (TRUST_PROXY_HEADERS=true), the headers are kept and the right-most hop is read.
 */
export function setClientAddress(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustProxyHeaders: boolean): void {
  if (trustProxyHeaders) return;
  delete headers["x-real-ip"];
  if (socketAddress) headers["x-forwarded-for"] = socketAddress;
  else delete headers["x-forwarded-for"];
}
