import { describe, expect, it } from "vitest";
import { setClientAddress } from "./client-address";
import { clientIpFrom } from "../../src/server/request-ip";

function ipSeen(claimed: Record<string, string>, trustProxyHeaders: boolean): string {
  const headers = { ...claimed };
  setClientAddress(headers, "192.0.2.10", trustProxyHeaders);
  return clientIpFrom(new Headers(headers));
}

describe("the client's address", () => {
  it("is the socket's, whatever a client claims in its headers, when no proxy is trusted", () => {
    expect(ipSeen({ "x-forwarded-for": "203.0.113.9" }, false)).toBe("192.0.2.10");
    expect(ipSeen({ "x-forwarded-for": "198.51.100.1, 203.0.113.9" }, false)).toBe("192.0.2.10");
    expect(ipSeen({ "x-real-ip": "203.0.113.9" }, false)).toBe("192.0.2.10");
    expect(ipSeen({}, false)).toBe("192.0.2.10");
  });

  it("is the hop the trusted proxy appended, not what the client wrote left of it", () => {
    expect(ipSeen({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }, true)).toBe("198.51.100.7");
  });
});
