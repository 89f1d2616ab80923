import { describe, expect, it } from "vitest";
import { normalizeIp } from "@/lib/ip-address";

describe("normalizeIp", () => {
  it.each([
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:203.0.113.7", "203.0.113.7"],
    [" ::ffff:10.0.0.1 ", "10.0.0.1"],
    ["127.0.0.1", "127.0.0.1"],
    ["::1", "::1"],
    ["2001:db8::ffff:1.2.3.4", "2001:db8::ffff:1.2.3.4"],
    ["::ffff:abcd", "::ffff:abcd"],
    ["unknown", "unknown"],
  ])("%s is shown as %s", (ip, shown) => {
    expect(normalizeIp(ip)).toBe(shown);
  });
});
