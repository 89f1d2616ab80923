import { describe, expect, it } from "vitest";
import { dayLimitBlocker, formatHours, formatMonth, invoiceDecisionBlocker, invoiceEditBlocker, isoDay, weekDays, weekStartOf } from "./rules";

// ── hours and invoices (billing) ──
describe("the hour grid's week", () => {
  it("starts on the Monday of the week, whatever the day given", () => {
    expect(isoDay(weekStartOf(new Date("2026-12-03T15:00:00Z")))).toBe("2026-11-30");
    expect(isoDay(weekStartOf(new Date("2026-11-30T00:00:00Z")))).toBe("2026-11-30");
    expect(isoDay(weekStartOf(new Date("2026-12-06T23:59:00Z")))).toBe("2026-11-30");
  });

  it("holds seven days, Monday to Sunday, across a month's end", () => {
    expect(weekDays(new Date("2026-11-30T00:00:00Z")).map(isoDay)).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
  });
});

describe("a day's hours", () => {
  it("holds 24 hours and refuses more, naming the day", () => {
    const day = new Date("2026-12-01T00:00:00Z");
    expect(dayLimitBlocker(day, 24 * 60)).toBeNull();
    expect(dayLimitBlocker(day, 25 * 60)).toBe("Tuesday, December 1 would hold 25 hours across all authorizations; a day holds at most 24.");
  });

  it("writes minutes as hours with their fraction", () => {
    expect(formatHours(450)).toBe("7.5");
    expect(formatHours(15)).toBe("0.25");
    expect(formatHours(480)).toBe("8");
  });
});

describe("an invoice's state", () => {
  it("takes changes while drafted or sent back, never once submitted or approved", () => {
    expect(invoiceEditBlocker("DRAFT")).toBeNull();
    expect(invoiceEditBlocker("REJECTED")).toBeNull();
    expect(invoiceEditBlocker("SUBMITTED")).toMatch(/waits for the coordinator/);
    expect(invoiceEditBlocker("APPROVED")).toBe("This invoice is approved and cannot change.");
    expect(invoiceEditBlocker("PAID")).toBe("This invoice is approved and cannot change.");
  });

  it("is decided only while submitted", () => {
    expect(invoiceDecisionBlocker("SUBMITTED")).toBeNull();
    expect(invoiceDecisionBlocker("APPROVED")).toBe("This invoice is approved and cannot change.");
    expect(invoiceDecisionBlocker("DRAFT")).toMatch(/only a submitted invoice/);
  });

  it("names its month", () => {
    expect(formatMonth(new Date("2026-12-01T00:00:00Z"))).toBe("December 2026");
  });
});
