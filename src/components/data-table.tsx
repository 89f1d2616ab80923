// The one table for every list, drawn on the server from the list's loaded page (src/server/lists/): rows come paged
// and sorted from the server; sort, page, search and filters are links and a GET form on the URL, so a view can be
// bookmarked and the back button works. Hidden columns live in the URL too (`hide=tier,region`), so a shared link
// shows the same columns. Only the Columns menu runs in the browser; the rows are markup made as text
// (table-rows-html.ts), not a React element per cell.
import Link from "next/link";
import { ColumnsMenu } from "@/components/columns-menu";
import { Pager } from "@/components/pager";
import { CELL_LINK_CLASS, tableRowsHtml, type CellFormat } from "@/components/table-rows-html";

export type ColumnFormat = CellFormat;

export interface ColumnSpec {
  id: string;
  header: string;
  format?: ColumnFormat;
  sortable?: boolean;
  /** Makes the cell a link; `:id` is replaced by the row's id. */
  href?: string;
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterSpec {
  name: string;
  label: string;
  /** The label of the empty choice (no value in the URL); "All" unless the list says otherwise. */
  defaultLabel?: string;
  options: FilterOption[];
}

/** A free-form value for the GET form, such as a date bound or an email, read back from the URL like the filters. */
export interface FieldSpec {
  name: string;
  label: string;
  type: "date" | "email" | "text";
}

export type TableRow = { id: string } & Record<string, unknown>;

export interface DataTableProps {
  caption: string;
  /** Shown when the list has no rows at all; a search or filter that excludes every row gets the table's own message. */
  emptyMessage: string;
  /** The page the table is on, and its URL parameters (one value each): every link changes only what it changes. */
  path: string;
  query: Record<string, string>;
  columns: ColumnSpec[];
  /** One page of rows; a capped total means "at least this many". */
  rows: TableRow[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  /** The sort the page was read with. */
  sort: string;
  dir: "asc" | "desc";
  searchLabel?: string;
  filters: FilterSpec[];
  fields: FieldSpec[];
  /** A route that streams this list as CSV; the link carries the current parameters so the file matches the view. */
  exportHref?: string;
}

/** A short list shown whole on one page (a catalog of a handful of agreements): no search, filters or sort links. */
export function unpagedTable(spec: Pick<DataTableProps, "caption" | "emptyMessage" | "path" | "query" | "columns" | "rows">): DataTableProps {
  return {
    ...spec,
    total: spec.rows.length,
    totalIsCapped: false,
    page: 1,
    pageSize: Math.max(spec.rows.length, 1),
    sort: "",
    dir: "asc",
    filters: [],
    fields: [],
  };
}

// One height for every control in the filter bar: a search input, a select and a date input differ by default.
const controlClass = "h-9 rounded-md border border-gray-300 bg-white px-3 text-sm";

/** A link to the same page with some parameters changed (null removes one). */
export function hrefWith(path: string, query: Record<string, string>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The URL's `hide` list: unknown ids are dropped, and hiding every column hides none. */
function hiddenColumns(hide: string | undefined, columns: ColumnSpec[]): Set<string> {
  const named = new Set(hide?.split(",") ?? []);
  const hidden = columns.filter((column) => named.has(column.id)).map((column) => column.id);
  return new Set(hidden.length === columns.length ? [] : hidden);
}

function SortHeader({ column, list }: { column: ColumnSpec; list: DataTableProps }) {
  if (!column.sortable) return column.header;
  const active = list.sort === column.id;
  const nextDir = active && list.dir === "asc" ? "desc" : "asc";
  return (
    <Link href={hrefWith(list.path, list.query, { sort: column.id, dir: nextDir, page: null })} className="inline-flex items-center gap-1 hover:underline">
      {column.header}
      <span aria-hidden="true">{active ? (list.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      <span className="sr-only">{active ? `, sorted ${list.dir === "asc" ? "ascending" : "descending"}` : ", sortable"}</span>
    </Link>
  );
}

function FilterBar({ list }: { list: DataTableProps }) {
  const { query } = list;
  return (
    <form method="get" action={list.path} role="search" className="flex flex-wrap items-end gap-3">
      {list.searchLabel ? (
        <div className="space-y-1">
          <label htmlFor="table-search" className="block text-sm font-medium text-gray-800">
            {list.searchLabel}
          </label>
          <input id="table-search" name="q" type="search" defaultValue={query.q ?? ""} className={controlClass} />
        </div>
      ) : null}
      {list.filters.map((filter) => (
        <div key={filter.name} className="space-y-1">
          <label htmlFor={`filter-${filter.name}`} className="block text-sm font-medium text-gray-800">
            {filter.label}
          </label>
          <select id={`filter-${filter.name}`} name={filter.name} defaultValue={query[filter.name] ?? ""} className={controlClass}>
            <option value="">{filter.defaultLabel ?? "All"}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {list.fields.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`field-${field.name}`} className="block text-sm font-medium text-gray-800">
            {field.label}
          </label>
          <input id={`field-${field.name}`} name={field.name} type={field.type} defaultValue={query[field.name] ?? ""} className={controlClass} />
        </div>
      ))}
      {/* `view` is the page's own choice of how to show the list (the consultants' board or list): searching keeps it. */}
      {["sort", "dir", "hide", "view"].map((name) => (query[name] ? <input key={name} type="hidden" name={name} value={query[name]} /> : null))}
      <button type="submit" className={`${controlClass} font-medium hover:bg-gray-50`}>
        Apply
      </button>
    </form>
  );
}

/** What an empty page says: a page number past the end, a search or filter that excludes everything, or an empty list. */
function EmptyMessage({ list }: { list: DataTableProps }) {
  const { path, query, page, total, totalIsCapped } = list;
  if (total > 0 && page > 1) {
    const pageCount = Math.max(1, Math.ceil(total / list.pageSize));
    return (
      <>
        There is no page {page} of this list. {/* Past a capped count the last page is unknown, so the way back is the first page. */}
        <Link href={hrefWith(path, query, { page: totalIsCapped || pageCount === 1 ? null : String(pageCount) })} className={CELL_LINK_CLASS}>
          {totalIsCapped ? "Go to the first page" : `Go to the last page, page ${pageCount}`}
        </Link>
      </>
    );
  }
  const fieldNames = [...(list.searchLabel ? ["q"] : []), ...list.filters.map((filter) => filter.name), ...list.fields.map((field) => field.name)];
  if (!fieldNames.some((name) => query[name])) return list.emptyMessage;
  const narrowedBy = list.searchLabel ? (fieldNames.length > 1 ? "search and filters" : "search") : "filters";
  return (
    <>
      Nothing matches the {narrowedBy}.{" "}
      <Link href={hrefWith(path, query, Object.fromEntries([...fieldNames, "page"].map((name) => [name, null])))} className={CELL_LINK_CLASS}>
        Clear the {narrowedBy}
      </Link>
    </>
  );
}

export function DataTable({ list }: { list: DataTableProps }) {
  const { rows, columns, path, query } = list;
  const hidden = hiddenColumns(query.hide, columns);
  const shown = columns.filter((column) => !hidden.has(column.id));
  const tableId = `table-${list.caption.toLowerCase().replace(/\W+/g, "-")}`;
  const hasControls = Boolean(list.searchLabel || list.filters.length || list.fields.length);

  return (
    <div className="space-y-3">
      {hasControls ? <FilterBar list={list} /> : null}

      <div className="flex flex-wrap items-start gap-3">
        <ColumnsMenu
          tableId={tableId}
          columns={columns.map(({ id, header }) => ({ id, header }))}
          hidden={[...hidden]}
          baseHref={hrefWith(path, query, { hide: null })}
        />
        {list.exportHref ? (
          // A plain link, not <Link>: the target is a file download, not a page to prefetch and render.
          <a
            href={hrefWith(list.exportHref, query, {})}
            download
            className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium hover:bg-gray-50"
          >
            Download CSV
          </a>
        ) : null}
      </div>

      {/* `relative` makes the wrapper the containing block of the headers' visually hidden text, which is absolutely
          positioned: without it that text escapes the scroll box and widens the page on a phone. Cells are styled
          from the table, so a row carries no classes of its own. */}
      <div className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table id={tableId} className="min-w-full divide-y divide-gray-200 text-sm [&_td]:px-4 [&_td]:py-2 [&_td]:text-gray-800 [&_tbody>tr:hover]:bg-gray-50">
          <caption className="sr-only">{list.caption}</caption>
          <thead className="bg-gray-50">
            <tr>
              {shown.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={list.sort === column.id ? (list.dir === "asc" ? "ascending" : "descending") : undefined}
                  className="px-4 py-2 text-left font-semibold text-gray-700"
                >
                  <SortHeader column={column} list={list} />
                </th>
              ))}
            </tr>
          </thead>
          {rows.length === 0 ? (
            <tbody>
              <tr>
                <td colSpan={shown.length} className="py-8! text-center text-gray-500">
                  <EmptyMessage list={list} />
                </td>
              </tr>
            </tbody>
          ) : (
            <tbody className="divide-y divide-gray-100" dangerouslySetInnerHTML={{ __html: tableRowsHtml(rows, shown) }} />
          )}
        </table>
      </div>

      {/* With no rows the message in the table says what happened; "Page 99 of 1" beneath it would only confuse. */}
      {rows.length > 0 ? (
        <Pager
          label={`${list.caption} pages`}
          page={list.page}
          pageSize={list.pageSize}
          rowCount={rows.length}
          total={list.total}
          totalIsCapped={list.totalIsCapped}
          hrefFor={(page) => hrefWith(path, query, { page: String(page) })}
        />
      ) : null}
    </div>
  );
}
