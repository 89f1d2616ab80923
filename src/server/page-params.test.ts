import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isRecordIdParam, parsePageParams } from "./page-params";

const schema = z.object({ token: z.string().optional().catch(undefined), step: z.coerce.number().int().catch(1) });

describe("parsePageParams", () => {
  it("reads a repeated parameter once, by its first value", () => {
    expect(parsePageParams(schema, { token: ["a", "b"], step: ["3", "4"] })).toEqual({ token: "a", step: 3 });
  });

  it("treats a value with control characters as absent, and a refused value as the schema's fallback", () => {
    expect(parsePageParams(schema, { token: "a\u0000b", step: "two" })).toEqual({ token: undefined, step: 1 });
  });
});

describe("isRecordIdParam", () => {
  it.each([
    ["cm9z1x0ab0000abcd1234efgh", true],
    ["", false],
    ["id\u0000", false],
    ["x".repeat(65), false],
  ])("%j → %s", (value, expected) => {
    expect(isRecordIdParam(value)).toBe(expected);
  });
});
