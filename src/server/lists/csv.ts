import "server-only";

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"), so such a
// cell gets a leading apostrophe, which spreadsheets show as text. Tab and carriage return are on OWASP's list too.
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

function toCsvCell(value: string): string {
  const guarded = FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One RFC 4180 record, ending in CRLF, with every cell escaped and guarded against formula injection. */
export function toCsvLine(cells: readonly string[]): string {
  return `${cells.map(toCsvCell).join(",")}\r\n`;
}
