import { describe, expect, it } from "vitest";

// A reader far east of UTC, where late evening UTC is already the next day.
process.env.TZ = "Pacific/Auckland";
const { formatDate, formatDateTime } = await import("./format");

describe("formatDate and formatDateTime", () => {
  const lateEvening = new Date("2026-11-23T23:30:00Z");

  it("run in a process whose own time zone is a day ahead", () => {
    expect(lateEvening.getDate()).toBe(24);
  });

  it("show the UTC calendar day, as the server renders it", () => {
    expect(formatDate(lateEvening)).toBe("Nov 23, 2026");
    expect(formatDate("2026-11-23T23:30:00.000Z", "long")).toBe("November 23, 2026");
  });

  it("show a moment in UTC and say so", () => {
    expect(formatDateTime(lateEvening)).toBe("Nov 23, 2026, 11:30 PM UTC");
  });
});
