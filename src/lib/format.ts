// One way to show dates and times. The text is the same on the server and in the browser whatever the reader's time
// zone, so a client component hydrates with what the server rendered; and a time says which zone it is in.
const DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const LONG_DATE = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** A calendar day: "Nov 23, 2026", or "November 23, 2026" in the long style. */
export function formatDate(value: Date | string, style: "medium" | "long" = "medium"): string {
  return (style === "long" ? LONG_DATE : DATE).format(new Date(value));
}

/** A moment, in UTC and saying so: "Nov 23, 2026, 6:04 PM UTC". */
export function formatDateTime(value: Date | string): string {
  return `${DATE_TIME.format(new Date(value))} UTC`;
}

const MONEY = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** An amount kept in integer cents, in dollars: "$300,000.00". */
export function formatMoney(cents: number): string {
  return MONEY.format(cents / 100);
}
