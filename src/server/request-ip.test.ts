import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/server/request-ip";

describe("clientIpFrom", () => {
  it("takes the hop the proxy appended, not what the client put in front of it", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("records an IPv4 client on a dual-stack socket by its IPv4 address", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
  });

  it("falls back to X-Real-IP, then says it does not know", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
