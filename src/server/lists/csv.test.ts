import { describe, expect, it } from "vitest";
import { toCsvLine } from "./csv";

describe("toCsvLine", () => {
  it("joins plain cells with commas and ends the record with CRLF", () => {
    expect(toCsvLine(["Acme Corp", "SELECT", "2025-01-31"])).toBe("Acme Corp,SELECT,2025-01-31\r\n");
  });

  it("keeps empty cells as empty fields", () => {
    expect(toCsvLine(["", "a", ""])).toBe(",a,\r\n");
  });

  it("quotes cells with commas, quotes or line breaks and doubles the quotes inside", () => {
    expect(toCsvLine(["Smith, Jones & Co", 'The "Best" Partner', "line one\nline two", "cr\ronly"])).toBe(
      '"Smith, Jones & Co","The ""Best"" Partner","line one\nline two","cr\ronly"\r\n',
    );
  });

  it("prefixes an apostrophe to cells a spreadsheet would run as a formula", () => {
    expect(toCsvLine(['=HYPERLINK("http://evil.example")', "+1", "-2", "@SUM(A1)", "\tx"])).toBe(
      '"\'=HYPERLINK(""http://evil.example"")",\'+1,\'-2,\'@SUM(A1),\'\tx\r\n',
    );
  });

  it("leaves formula characters alone when they are not the first character", () => {
    expect(toCsvLine(["a=b", "x-y", "me@example.com"])).toBe("a=b,x-y,me@example.com\r\n");
  });

  it("quotes a guarded cell that also needs quoting", () => {
    expect(toCsvLine(["=1,2"])).toBe('"\'=1,2"\r\n');
  });
});
