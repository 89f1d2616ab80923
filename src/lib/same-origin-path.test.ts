import { describe, expect, it } from "vitest";
import { sameOriginPath } from "./same-origin-path";

describe("sameOriginPath", () => {
  it.each([
    ["/partner/company?tab=users#people", "/partner/company?tab=users#people"],
    ["/admin", "/admin"],
  ])("keeps the path %s on this site", (value, expected) => {
    expect(sameOriginPath(value)).toBe(expected);
  });

  it.each([
    "/\\evil.example/phish",
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "//evil.example/phish",
    "https://evil.example/phish",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
    ["/admin", "/partner"],
  ])("sends %j home instead of elsewhere", (value) => {
    expect(sameOriginPath(value)).toBe("/");
  });
});
