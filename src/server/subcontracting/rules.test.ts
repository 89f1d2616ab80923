import { describe, expect, it } from "vitest";
import { burnChartStart, burnMonths } from "./rules";

// --- Burn (the coordinator's home)
describe("burnMonths", () => {
  const today = new Date("2026-12-03T15:00:00Z");

  it("spans the twelve months ending with today's, oldest first, across a year boundary", () => {
    expect(burnChartStart(today)).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(burnChartStart(new Date("2027-02-28T23:59:00Z"))).toEqual(new Date("2026-03-01T00:00:00Z"));
    const months = burnMonths([], new Date("2027-02-10T00:00:00Z"));
    expect(months.map((m) => m.month)).toEqual([
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
      "2027-01-01",
      "2027-02-01",
    ]);
    expect(months.every((m) => m.loggedMinutes === 0 && m.loggedValueCents === 0 && m.invoicedCents === 0)).toBe(true);
  });

  it("adds up the rows of each month and leaves out the months outside the chart", () => {
    const row = (month: string, loggedMinutes: number, loggedValueCents: number, invoicedCents: number) => ({
      month: new Date(`${month}T00:00:00Z`),
      loggedMinutes,
      loggedValueCents,
      invoicedCents,
    });
    const months = burnMonths(
      [row("2026-11-01", 60, 200_00, 0), row("2026-11-01", 30, 87_50, 150_00), row("2025-12-01", 999, 999, 999), row("2027-01-01", 1, 1, 1)],
      today,
    );
    expect(months).toHaveLength(12);
    expect(months.find((m) => m.month === "2026-11-01")).toEqual({ month: "2026-11-01", loggedMinutes: 90, loggedValueCents: 287_50, invoicedCents: 150_00 });
    expect(months.reduce((sum, m) => sum + m.loggedMinutes, 0)).toBe(90);
  });
});
