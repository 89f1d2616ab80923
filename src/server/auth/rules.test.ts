import { describe, expect, it } from "vitest";
import { isSignInThrottled, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, normalizeEmail } from "./rules";

describe("isSignInThrottled", () => {
  it.each([
    { account: 0, ip: 0, throttled: false },
    { account: MAX_FAILURES_PER_ACCOUNT - 1, ip: MAX_FAILURES_PER_IP - 1, throttled: false },
    { account: MAX_FAILURES_PER_ACCOUNT, ip: 0, throttled: true },
    { account: 0, ip: MAX_FAILURES_PER_IP, throttled: true },
  ])("account $account, ip $ip → $throttled", ({ account, ip, throttled }) => {
    expect(isSignInThrottled({ account, ip })).toBe(throttled);
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases so one person is one account", () => {
    expect(normalizeEmail("  Partner.Admin@Demo.TEST ")).toBe("partner.admin@demo.test");
  });
});
