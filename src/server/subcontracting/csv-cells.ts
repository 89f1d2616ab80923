// Cells of the burn exports: exact figures from integer cents and minutes, without a currency sign, so a spreadsheet
// reads them as numbers.
import "server-only";

/** 1234567 → "12345.67", from the integer, never through a float. */
export function csvCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, "0")}`;
}

/** Minutes as hours to two decimals (450 → "7.50"): an hour's thirds (20 minutes) are rounded to the hundredth. */
export function csvHours(minutes: number): string {
  return (minutes / 60).toFixed(2);
}
