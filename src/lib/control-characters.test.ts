import { describe, expect, it } from "vitest";
import { hasControlCharacters, withoutControlCharacters } from "./control-characters";

describe("control characters", () => {
  it("finds NUL, escape and DEL, and tab and line breaks unless whitespace is allowed", () => {
    for (const text of ["a\u0000b", "\u001b[31m", "x\u007f"]) {
      expect(hasControlCharacters(text)).toBe(true);
      expect(hasControlCharacters(text, { allowWhitespace: true })).toBe(true);
    }
    expect(hasControlCharacters("tab\tand\nlines\r")).toBe(true);
    expect(hasControlCharacters("tab\tand\nlines\r", { allowWhitespace: true })).toBe(false);
    expect(hasControlCharacters("plain text, é ü")).toBe(false);
  });

  it("removes them, keeping tab and line breaks when asked", () => {
    expect(withoutControlCharacters("a\u0000b\tc\n")).toBe("abc");
    expect(withoutControlCharacters("a\u0000b\tc\n", { allowWhitespace: true })).toBe("ab\tc\n");
  });
});
