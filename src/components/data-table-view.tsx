"use client";
// The one table for every list (pages render it through DataTable in data-table.tsx): rows come paged and sorted from the server; sort, page, search and
// filters are links and GET forms on the URL, so a view can be bookmarked and the back button works.
// Hidden columns live in the URL too (`hide=tier,region`), so a shared link shows the same columns.
import { useId, useOptimistic, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type VisibilityState } from "@tanstack/react-table";
import { formatDate, formatDateTime } from "@/lib/format";
import { humanize } from "@/lib/humanize";
import { StatusBadge } from "@/components/status-badge";

export type ColumnFormat = "text" | "enum" | "number" | "date" | "datetime" | "status" | "money";

export interface ColumnSpec {
  id: string;
  header: string;
  format?: ColumnFormat;
  sortable?: boolean;
  /** Makes the cell a link; `:id` is replaced by the row's id. */
  href?: string;
}

export interface FilterSpec {
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

/** A free-form value for the GET form, such as a date bound or an email, read back from the URL like the filters. */
export interface ExtraFieldSpec {
  name: string;
  label: string;
  type: "date" | "email" | "text";
}

export type TableRow = { id: string } & Record<string, unknown>;

export interface DataTableProps {
  caption: string;
  columns: ColumnSpec[];
  /** One page of rows as the server's list query returned it; a capped total means "at least this many". */
  data: { rows: TableRow[]; total: number; totalIsCapped?: boolean; page: number; pageSize: number };
  /** The sort the page was read with. */
  params: { sort: string; dir: "asc" | "desc" };
  /** Shown when the list has no rows at all; a search or filter that excludes every row gets the table's own message. */
  emptyMessage: string;
  searchLabel?: string;
  filters?: FilterSpec[];
  extraFields?: ExtraFieldSpec[];
  /** A route that streams this list as CSV; the link carries the current search params so the file matches the view. */
  exportHref?: string;
}

const moneyFormat = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

// One height for every control in the filter bar: a search input, a select and a date input differ by default.
const controlClass = "h-9 rounded-md border border-gray-300 bg-white px-3 text-sm";

function formatCell(value: unknown, format: ColumnFormat = "text"): React.ReactNode {
  if (value === null || value === undefined || value === "") return <span className="text-gray-400">—</span>;
  switch (format) {
    // A date broken over two lines ("6:48 / PM") is hard to scan down a column.
    case "date":
      return <span className="whitespace-nowrap">{formatDate(value as string | Date)}</span>;
    case "datetime":
      return <span className="whitespace-nowrap">{formatDateTime(value as string | Date)}</span>;
    case "number":
      return Number(value).toLocaleString("en-US");
    case "money":
      return moneyFormat.format(Number(value) / 100);
    case "status":
      return <StatusBadge status={String(value)} />;
    case "enum":
      return humanize(String(value));
    default:
      return Array.isArray(value) ? value.join(", ") : String(value);
  }
}

/** The URL's `hide` list as TanStack visibility state; unknown ids are dropped, and hiding every column hides none. */
function visibilityFromUrl(hide: string | null, columns: ColumnSpec[]): VisibilityState {
  const hidden = new Set(hide?.split(",") ?? []);
  const hiddenColumns = columns.filter((spec) => hidden.has(spec.id));
  if (hiddenColumns.length === columns.length) return {};
  return Object.fromEntries(hiddenColumns.map((spec) => [spec.id, false]));
}

export function DataTableView({ data, params, ...props }: DataTableProps) {
  const { rows, total, totalIsCapped = false, page, pageSize } = data;
  const { sort, dir } = params;
  const pathname = usePathname();
  const router = useRouter();
  const [columnsOpen, setColumnsOpen] = useState(false);
  const columnsButtonRef = useRef<HTMLButtonElement>(null);
  const columnsPanelId = useId();
  const searchParams = useSearchParams();

  function hrefWith(changes: Record<string, string | null>): string {
    const params = new URLSearchParams(searchParams.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  }

  const columns: ColumnDef<TableRow>[] = props.columns.map((spec) => ({
    id: spec.id,
    accessorFn: (row) => row[spec.id],
    header: () => {
      if (!spec.sortable) return spec.header;
      const active = sort === spec.id;
      const nextDir = active && dir === "asc" ? "desc" : "asc";
      return (
        <Link href={hrefWith({ sort: spec.id, dir: nextDir, page: null })} className="inline-flex items-center gap-1 hover:underline">
          {spec.header}
          <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
          <span className="sr-only">{active ? `, sorted ${dir === "asc" ? "ascending" : "descending"}` : ", sortable"}</span>
        </Link>
      );
    },
    cell: (info) => {
      const content = formatCell(info.getValue(), spec.format);
      return spec.href ? (
        <Link href={spec.href.replace(":id", info.row.original.id)} className="font-medium text-blue-700 hover:underline">
          {content}
        </Link>
      ) : (
        content
      );
    },
  }));

  // The URL is the source of truth; the optimistic copy shows a toggled checkbox at once while the page re-renders.
  const [columnVisibility, setOptimisticColumnVisibility] = useOptimistic(visibilityFromUrl(searchParams.get("hide"), props.columns));
  const [, startTransition] = useTransition();

  function changeColumnVisibility(next: VisibilityState) {
    const hidden = props.columns.filter((spec) => next[spec.id] === false).map((spec) => spec.id);
    // One column always stays visible, or the table would be an empty box.
    if (hidden.length === props.columns.length) return;
    startTransition(() => {
      setOptimisticColumnVisibility(next);
      router.replace(hrefWith({ hide: hidden.length ? hidden.join(",") : null }), { scroll: false });
    });
  }

  // The table is rebuilt from the server's rows on every render and the React Compiler is off, so nothing goes stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    rowCount: total,
    state: { columnVisibility },
    onColumnVisibilityChange: (updater) => changeColumnVisibility(typeof updater === "function" ? updater(columnVisibility) : updater),
  });
  const visibleColumnCount = table.getVisibleLeafColumns().length;

  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const firstRow = (page - 1) * pageSize + 1;
  const lastRow = firstRow + rows.length - 1;
  // Past a capped count the number of pages is unknown: a full page may have another after it.
  const hasNextPage = totalIsCapped ? rows.length === pageSize : page < pageCount;
  const totalText = `${totalIsCapped ? "more than " : ""}${total.toLocaleString("en-US")}`;
  const hasControls = Boolean(props.searchLabel || props.filters?.length || props.extraFields?.length);

  // An empty page is one of three things, and each needs its own words: a page number past the end (an old
  // bookmark, or rows removed since), a search or filter that excludes everything, or a list with nothing in it yet.
  const isPastTheEnd = rows.length === 0 && total > 0 && page > 1;
  const fieldNames = [
    ...(props.searchLabel ? ["q"] : []),
    ...(props.filters ?? []).map((filter) => filter.name),
    ...(props.extraFields ?? []).map((field) => field.name),
  ];
  const isFiltered = fieldNames.some((name) => searchParams.get(name));
  const narrowedBy = props.searchLabel ? (fieldNames.length > 1 ? "search and filters" : "search") : "filters";

  return (
    <div className="space-y-3">
      {hasControls ? (
        <form method="get" action={pathname} role="search" className="flex flex-wrap items-end gap-3">
          {props.searchLabel ? (
            <div className="space-y-1">
              <label htmlFor="table-search" className="block text-sm font-medium text-gray-800">
                {props.searchLabel}
              </label>
              <input
                id="table-search"
                name="q"
                type="search"
                defaultValue={searchParams.get("q") ?? ""}
                className={controlClass}
              />
            </div>
          ) : null}
          {props.filters?.map((filter) => (
            <div key={filter.name} className="space-y-1">
              <label htmlFor={`filter-${filter.name}`} className="block text-sm font-medium text-gray-800">
                {filter.label}
              </label>
              <select
                id={`filter-${filter.name}`}
                name={filter.name}
                defaultValue={searchParams.get(filter.name) ?? ""}
                className={controlClass}
              >
                <option value="">All</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          {props.extraFields?.map((field) => (
            <div key={field.name} className="space-y-1">
              <label htmlFor={`field-${field.name}`} className="block text-sm font-medium text-gray-800">
                {field.label}
              </label>
              <input
                id={`field-${field.name}`}
                name={field.name}
                type={field.type}
                defaultValue={searchParams.get(field.name) ?? ""}
                className={controlClass}
              />
            </div>
          ))}
          {searchParams.get("sort") ? <input type="hidden" name="sort" value={searchParams.get("sort") ?? ""} /> : null}
          {searchParams.get("dir") ? <input type="hidden" name="dir" value={searchParams.get("dir") ?? ""} /> : null}
          {searchParams.get("hide") ? <input type="hidden" name="hide" value={searchParams.get("hide") ?? ""} /> : null}
          <button type="submit" className={`${controlClass} font-medium hover:bg-gray-50`}>
            Apply
          </button>
        </form>
      ) : null}

      <div className="flex flex-wrap items-start gap-3">
        <div
          className="relative text-sm"
          onKeyDown={(event) => {
            if (event.key !== "Escape" || !columnsOpen) return;
            setColumnsOpen(false);
            columnsButtonRef.current?.focus();
          }}
        >
          <button
            ref={columnsButtonRef}
            type="button"
            aria-expanded={columnsOpen}
            aria-controls={columnsPanelId}
            onClick={() => setColumnsOpen((open) => !open)}
            className="rounded-md border border-gray-300 bg-white px-3 py-2 font-medium hover:bg-gray-50"
          >
            Columns
          </button>
          {/* Rendered only while open: a closed list would put a second "Status" label next to the Status filter's. */}
          {columnsOpen ? (
            <fieldset id={columnsPanelId} className="absolute z-10 mt-1 min-w-48 space-y-1 rounded-md border border-gray-200 bg-white p-3 shadow-md">
              <legend className="sr-only">Visible columns</legend>
              {table.getAllLeafColumns().map((column) => {
                const isLastVisible = column.getIsVisible() && visibleColumnCount === 1;
                return (
                  <label key={column.id} className="flex items-center gap-2 text-gray-800">
                    <input
                      type="checkbox"
                      checked={column.getIsVisible()}
                      disabled={isLastVisible}
                      onChange={column.getToggleVisibilityHandler()}
                    />
                    {props.columns.find((spec) => spec.id === column.id)?.header}
                  </label>
                );
              })}
            </fieldset>
          ) : null}
        </div>
        {props.exportHref ? (
          // A plain link, not <Link>: the target is a file download, not a page to prefetch and render.
          <a
            href={searchParams.size ? `${props.exportHref}?${searchParams.toString()}` : props.exportHref}
            download
            className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50"
          >
            Download CSV
          </a>
        ) : null}
      </div>

      {/* `relative` makes the wrapper the containing block of the headers' visually hidden text, which is absolutely
          positioned: without it that text escapes the scroll box and widens the page on a phone. */}
      <div className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">{props.caption}</caption>
          <thead className="bg-gray-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sort === header.id ? (dir === "asc" ? "ascending" : "descending") : undefined}
                    className="px-4 py-2 text-left font-semibold text-gray-700"
                  >
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumnCount} className="px-4 py-8 text-center text-gray-500">
                  {isPastTheEnd ? (
                    <>
                      There is no page {page} of this list.{" "}
                      {/* Past a capped count the last page is unknown, so the way back is the first page. */}
                      <Link
                        href={hrefWith({ page: totalIsCapped || pageCount === 1 ? null : String(pageCount) })}
                        className="font-medium text-blue-700 hover:underline"
                      >
                        {totalIsCapped ? "Go to the first page" : `Go to the last page, page ${pageCount}`}
                      </Link>
                    </>
                  ) : isFiltered ? (
                    <>
                      Nothing matches the {narrowedBy}.{" "}
                      <Link
                        href={hrefWith(Object.fromEntries([...fieldNames, "page"].map((name) => [name, null])))}
                        className="font-medium text-blue-700 hover:underline"
                      >
                        Clear the {narrowedBy}
                      </Link>
                    </>
                  ) : (
                    props.emptyMessage
                  )}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="hover:bg-gray-50">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-4 py-2 text-gray-800">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      {/* With no rows the message in the table says what happened; "Page 99 of 1" beneath it would only confuse. */}
      {rows.length > 0 ? (
        <nav aria-label={`${props.caption} pages`} className="flex flex-wrap items-center justify-between gap-2 text-sm text-gray-600">
          <p>{`Showing ${firstRow}–${lastRow} of ${totalText}`}</p>
          <div className="flex items-center gap-2">
            {page > 1 ? (
              <Link href={hrefWith({ page: String(page - 1) })} className="rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-50">
                Previous page
              </Link>
            ) : null}
            <span>
              Page {page} of {totalIsCapped ? `more than ${pageCount.toLocaleString("en-US")}` : pageCount}
            </span>
            {hasNextPage ? (
              <Link href={hrefWith({ page: String(page + 1) })} className="rounded-md border border-gray-300 px-3 py-1 hover:bg-gray-50">
                Next page
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </div>
  );
}
