// A table's rows as HTML text, made on the server. Each row of a list is static markup (text, a badge, a plain link),
// and as React elements every cell was serialized into the page's RSC payload and rendered again to HTML: most of a
// list page's CPU. As one string it is neither; the table inserts it as its body. Every value is escaped here.
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import { statusBadgeClass } from "@/components/status-badge";

export type CellFormat = "text" | "enum" | "number" | "date" | "datetime" | "status" | "money" | "meter";

export interface RowColumn {
  id: string;
  /** Names what a "meter" cell measures to a screen reader (the column's header). */
  header?: string;
  format?: CellFormat;
  /** Makes the cell a link; `:id` is replaced by the row's id. */
  href?: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

export const CELL_LINK_CLASS = "font-medium text-blue-700 hover:underline";

/**
 * An unbroken run of text this long (an email address, a URL) would otherwise set its column's width: one
 * 300-character address made a table 80,000 px wide. Such a value may break anywhere, inside a column at least as wide
 * as a name and at most as wide as a paragraph, so the whole value stays on the page.
 */
const LONG_WORD = /\S{40}/;
const LONG_VALUE_CLASS = "block min-w-48 max-w-md [overflow-wrap:anywhere]";

function textHtml(text: string): string {
  return LONG_WORD.test(text) ? `<span class="${LONG_VALUE_CLASS}">${escapeHtml(text)}</span>` : escapeHtml(text);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * A percentage (0–100; a share past the whole shows its number on a full bar) as a bar with its figure beside it. The
 * bar is a role="meter" named after its column, so a screen reader says "Invoiced, 72%" rather than reading shapes.
 */
function meterHtml(percent: number, label: string): string {
  const shown = Math.round(percent);
  const width = Math.min(100, Math.max(0, shown));
  return (
    `<span class="flex min-w-32 items-center gap-2">` +
    `<span role="meter" aria-label="${escapeHtml(label)}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${width}" aria-valuetext="${shown}%" ` +
    `class="block h-2 w-24 shrink-0 overflow-hidden rounded-full bg-gray-200">` +
    `<span class="block h-full rounded-full ${shown >= 80 ? "bg-amber-600" : "bg-blue-600"}" style="width: ${width}%"></span></span>` +
    `<span class="tabular-nums" aria-hidden="true">${shown}%</span></span>`
  );
}

function cellHtml(value: unknown, format: CellFormat = "text", header = ""): string {
  if (isEmpty(value)) return '<span class="text-gray-400">—</span>';
  switch (format) {
    case "meter":
      return meterHtml(Number(value), header);
    case "date":
      return escapeHtml(formatDate(value as string | Date));
    case "datetime":
      return escapeHtml(formatDateTime(value as string | Date));
    case "number":
      return escapeHtml(Number(value).toLocaleString("en-US"));
    case "money":
      return escapeHtml(formatMoney(Number(value)));
    case "status":
      return `<span class="${statusBadgeClass(String(value))}">${escapeHtml(humanize(String(value)))}</span>`;
    case "enum":
      return escapeHtml(humanize(String(value)));
    default:
      return textHtml(Array.isArray(value) ? value.join(", ") : String(value));
  }
}

/** `<tr>` after `<tr>` for these rows and columns. A date broken over two lines ("6:48 / PM") is hard to scan, so dates do not wrap. */
export function tableRowsHtml(rows: readonly ({ id: string } & Record<string, unknown>)[], columns: readonly RowColumn[]): string {
  const opens = columns.map((column) => (column.format === "date" || column.format === "datetime" ? '<td class="whitespace-nowrap">' : "<td>"));
  let html = "";
  for (const row of rows) {
    html += "<tr>";
    columns.forEach((column, index) => {
      const value = row[column.id];
      const content = cellHtml(value, column.format, column.header);
      html += opens[index];
      // An empty cell has nothing to follow: a link on its dash would lead somewhere the row does not offer.
      html +=
        column.href && !isEmpty(value)
          ? `<a href="${escapeHtml(column.href.replace(":id", encodeURIComponent(row.id)))}" class="${CELL_LINK_CLASS}">${content}</a>`
          : content;
      html += "</td>";
    });
    html += "</tr>";
  }
  return html;
}
