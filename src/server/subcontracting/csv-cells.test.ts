import { describe, expect, it } from "vitest";
import { csvCents, csvHours } from "./csv-cells";

describe("the burn exports' cells", () => {
  it("write cents as exact dollars, never through a float", () => {
    expect(csvCents(0)).toBe("0.00");
    expect(csvCents(5)).toBe("0.05");
    expect(csvCents(30_000_000)).toBe("300000.00");
    expect(csvCents(123_456_789_01)).toBe("123456789.01");
    expect(csvCents(-1_250)).toBe("-12.50");
  });

  it("write minutes as hours to the hundredth", () => {
    expect(csvHours(450)).toBe("7.50");
    expect(csvHours(20)).toBe("0.33");
    expect(csvHours(0)).toBe("0.00");
  });
});
