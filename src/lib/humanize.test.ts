import { describe, expect, it } from "vitest";
import { humanize } from "./humanize";

describe("humanize", () => {
  it.each([
    ["PUBLIC_SECTOR", "Public sector"],
    ["AMER", "AMER"],
    ["IN_REVIEW", "In review"],
    ["TEAMOPS_CONSULTANT", "Teamops consultant"],
    ["MSP_AGREEMENT", "MSP agreement"],
  ])("%s → %s", (value, label) => {
    expect(humanize(value)).toBe(label);
  });
});
