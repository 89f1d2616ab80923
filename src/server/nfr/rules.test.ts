import { describe, expect, it } from "vitest";
import { approvalBlocker, calendarToday, isLicenseHeld, isNfrRequestOpen, nfrEligibility, nfrLicenseExpiry, nfrLicenseNotes, type HeldLicense } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const licenses = (count: number, usersCount = 1, expiresOn = "2027-06-30"): HeldLicense[] =>
  Array.from({ length: count }, (_, index) => ({ id: `license-${index}`, usersCount, expiresOn: day(expiresOn) }));

const base = {
  partnerStatus: "AUTHORIZED",
  tier: "OPEN",
  capMode: "LICENSES",
  held: [] as HeldLicense[],
  certifiedEmployees: 1,
  request: { usersCount: 5, renewsLicenseId: null },
} as const;

describe("the cap (DOMAIN.md: Select up to 25, Open up to 10)", () => {
  it.each([
    { tier: "OPEN", held: 9, withinCap: true },
    { tier: "OPEN", held: 10, withinCap: false },
    { tier: "SELECT", held: 24, withinCap: true },
    { tier: "SELECT", held: 25, withinCap: false },
  ] as const)("$tier holding $held licenses → within cap $withinCap", ({ tier, held, withinCap }) => {
    const eligibility = nfrEligibility({ ...base, tier, held: licenses(held) });
    expect(eligibility.cap.withinCap).toBe(withinCap);
    expect(eligibility.cap.afterApproval).toBe(held + 1);
  });

  it("counts users across active licenses when the setting says so", () => {
    const eligibility = nfrEligibility({ ...base, capMode: "USERS", held: licenses(2, 3), request: { usersCount: 5, renewsLicenseId: null } });
    expect(eligibility.cap).toMatchObject({ held: 6, afterApproval: 11, limit: 10, withinCap: false });
    expect(nfrEligibility({ ...base, capMode: "USERS", held: licenses(2, 2), request: { usersCount: 6, renewsLicenseId: null } }).cap.withinCap).toBe(true);
  });

  it("does not count the license a renewal replaces", () => {
    const held = licenses(10);
    const renewal = nfrEligibility({ ...base, held, request: { usersCount: 1, renewsLicenseId: "license-3" } });
    expect(renewal.cap).toMatchObject({ held: 9, afterApproval: 10, withinCap: true });
  });
});

describe("approval", () => {
  it("is blocked when the partner is not Authorized", () => {
    expect(approvalBlocker(nfrEligibility({ ...base, partnerStatus: "INACTIVE" }), "OPEN")).toMatch(/not Authorized/);
  });

  it("is blocked past the cap, saying what is held and the tier's cap", () => {
    expect(approvalBlocker(nfrEligibility({ ...base, held: licenses(10) }), "OPEN")).toBe(
      "The partner holds 10 active licenses; approving would make 11, past the Open cap of 10.",
    );
  });

  it("is allowed without a certified employee: only (a) and (b) block", () => {
    const eligibility = nfrEligibility({ ...base, certifiedEmployees: 0 });
    expect(eligibility.certified).toBe(false);
    expect(approvalBlocker(eligibility, "OPEN")).toBeNull();
  });
});

describe("the new license's expiry", () => {
  const today = day("2026-12-03");

  it("is one year out when the partner holds none", () => {
    expect(nfrLicenseExpiry(today, false, [])).toEqual(day("2027-12-03"));
  });

  it("joins the partner's active licenses' date when it is not a renewal", () => {
    const held = [...licenses(1, 1, "2027-03-01"), ...licenses(1, 1, "2027-05-15")];
    expect(nfrLicenseExpiry(today, false, held)).toEqual(day("2027-05-15"));
  });

  it("is one year out for a renewal, whatever the others hold", () => {
    expect(nfrLicenseExpiry(today, true, licenses(3, 1, "2027-03-01"))).toEqual(day("2027-12-03"));
  });
});

describe("the rest", () => {
  it("writes the notes as the handbook does", () => {
    expect(nfrLicenseNotes(10, "ULTIMATE", "Fabrikam Consulting")).toBe("10 Ultimate NFR Licenses for Partner: Fabrikam Consulting");
  });

  it.each([
    ["SUBMITTED", true],
    ["INFO_REQUESTED", true],
    ["APPROVED", false],
    ["REJECTED", false],
  ] as const)("a %s request is open: %s", (status, open) => {
    expect(isNfrRequestOpen(status)).toBe(open);
  });

  it("holds a license through its expiry day and not after, and never a revoked one", () => {
    const license = { status: "ACTIVE", expiresOn: day("2026-12-03") } as const;
    expect(isLicenseHeld(license, day("2026-12-03"))).toBe(true);
    expect(isLicenseHeld(license, day("2026-12-04"))).toBe(false);
    expect(isLicenseHeld({ ...license, status: "REVOKED" }, day("2026-12-01"))).toBe(false);
  });

  it("reads today as the calendar day in UTC", () => {
    expect(calendarToday(new Date("2026-12-03T23:59:00Z"))).toEqual(day("2026-12-03"));
  });
});
