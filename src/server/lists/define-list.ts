import "server-only";
// A list is declared once, in its domain's folder: who may open it and over which rows, how its model is read,
// its sorts, search and filters as the URL gives them, the row the table shows and the columns of its CSV file.
// The page's table and paging (load-list-page.ts) and its export route (export-list.ts) are made from it.
import type { Capability, SessionUser } from "@/server/auth/policy";
import type { ColumnFormat, FilterOption, TableRow } from "@/components/data-table";
import { humanize } from "@/lib/humanize";

export type SortDirection = "asc" | "desc";
export type SearchParams = Record<string, string | string[] | undefined>;

/** What the machinery asks a list's model for; the definition passes it on with the select it needs. */
export interface ListQuery<Where, OrderBy> {
  where: Where;
  orderBy: OrderBy[];
  skip?: number;
  take: number;
}

/** A select filter: this user's choices, and the condition for the value the URL holds (undefined: no condition). */
export interface ListFilter<Where> {
  label: string;
  /** The label of the choice with no value in the URL, when "All" would not say what the list then shows. */
  defaultLabel?: string;
  resolve(user: SessionUser): Promise<{ options: FilterOption[]; where(value: string | undefined): Where | undefined }>;
}

/** A free-form value in the filter bar (an email, a date bound), read from the URL and ignored when it does not parse. */
export interface ListField<Where> {
  label: string;
  type: "date" | "email" | "text";
  where(value: string | undefined): Where | undefined;
}

export interface ListColumn<Row> {
  id: Extract<keyof Row, string>;
  header: string;
  format?: ColumnFormat;
  /** Makes the cell a link; `:id` is replaced by the row's id. A function decides per viewer (undefined: no link). */
  href?: string | ((user: SessionUser) => string | undefined);
}

export interface CsvColumn<Record> {
  header: string;
  cell(record: Record): string;
}

export interface ListExport<Where, OrderBy, Record> {
  /** The export route's path, which the table's Download CSV link points at. */
  path: string;
  /** The file is `<filename>-<yyyy-mm-dd>.csv`. */
  filename: string;
  columns: readonly CsvColumn<Record>[];
  /** The model read for the file, with its own select when the file has columns the table has not. */
  findMany(query: ListQuery<Where, OrderBy>): Promise<Record[]>;
  /**
   * The order the file is read in, batch after batch: by id (the default), or newest first by (createdAt, id) for a
   * trail. Not the screen's sort: a keyset needs a unique order, and a spreadsheet sorts the file itself.
   */
  keyset?: "id" | "newest";
}

export interface ListDefinition<Where, OrderBy, Record, Row extends TableRow, Sort extends string, ExportRecord> {
  /** Opens the list; its scope is what `scope` receives. */
  capability: Capability;
  /** The page the list is shown on: its sort, page and filter links point there. */
  path: string;
  caption: string;
  /** Shown when the list has nothing in it; a search or filter that matches nothing gets the table's own words. */
  emptyMessage: string;
  /**
   * The rows this user may see, e.g. `partnerScope` for a list of partners. Left out, the list is whole, which only a
   * capability held in scope "all" allows: any other user of it is a declaration's bug and fails loudly.
   */
  scope?(user: SessionUser, capability: Capability): NoInfer<Where>;
  findMany(query: ListQuery<Where, OrderBy>): Promise<Record[]>;
  /** Counts with `take`: lists count at most COUNT_CAP + 1 rows. */
  count(query: { where: NoInfer<Where>; take: number }): Promise<number>;
  sorts: readonly [Sort, ...Sort[]];
  defaultSort: NoInfer<Sort>;
  defaultDir?: SortDirection;
  /** Sorts whose empty values go last whichever the direction (a last sign-in nobody made yet). */
  nullsLast?: readonly NoInfer<Sort>[];
  /** The order for a sort; by default the sort's field, then the id ascending so pages never overlap. */
  orderBy?(sort: NoInfer<Sort>, dir: SortDirection): NoInfer<OrderBy>[];
  search?: { label: string; where(q: string): NoInfer<Where> };
  /** By URL parameter name, in the order the filter bar shows them. */
  filters?: { [name: string]: ListFilter<NoInfer<Where>> };
  fields?: { [name: string]: ListField<NoInfer<Where>> };
  row(record: Record): Row;
  columns: readonly ListColumn<NoInfer<Row>>[];
  csv?: ListExport<NoInfer<Where>, NoInfer<OrderBy>, ExportRecord>;
}

// Prisma's argument types are generated per model and cannot be named generically, so the machinery is typed by
// what each definition declares and passes its models only what every model's findMany and count accept.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyListDefinition = ListDefinition<any, any, any, any, any, any>;

/** A search condition: the text anywhere in the field, ignoring case (the trigram indexes serve it). */
export function containing(text: string) {
  return { contains: text, mode: "insensitive" as const };
}

/** Checks a list's declaration; the result is what pages, loaders and export routes are given. */
export function defineList<Where, OrderBy, Record, Row extends TableRow, Sort extends string, ExportRecord = Record>(
  definition: ListDefinition<Where, OrderBy, Record, Row, Sort, ExportRecord>,
): ListDefinition<Where, OrderBy, Record, Row, Sort, ExportRecord> {
  return definition;
}

/**
 * A select filter over a fixed set of values, or over values read for the user (the actions in the audit trail).
 * A value the URL holds that is not one of them is ignored, as if absent; `otherwise` is the condition then.
 */
export function selectFilter<Where, Value extends string>(spec: {
  label: string;
  values: readonly Value[] | ((user: SessionUser) => Promise<readonly Value[]>);
  optionLabel?: (value: Value) => string;
  where: (value: Value) => Where;
  otherwise?: Where;
  defaultLabel?: string;
}): ListFilter<Where> {
  const label = spec.optionLabel ?? humanize;
  const choose = (values: readonly Value[]) => ({
    options: values.map((value) => ({ value, label: label(value) })),
    where(raw: string | undefined) {
      const value = values.find((candidate) => candidate === raw);
      return value === undefined ? spec.otherwise : spec.where(value);
    },
  });
  const { values } = spec;
  if (typeof values === "function") return { label: spec.label, defaultLabel: spec.defaultLabel, resolve: async (user) => choose(await values(user)) };
  // Fixed values are labelled once, not on every request.
  const fixed = choose(values);
  return { label: spec.label, defaultLabel: spec.defaultLabel, resolve: async () => fixed };
}

/** A free-form filter value; `parse` returns undefined for what it cannot read, and the value is then ignored. */
export function field<Where, Value>(spec: {
  label: string;
  type: ListField<Where>["type"];
  parse: (raw: string) => Value | undefined;
  where: (value: Value) => Where;
}): ListField<Where> {
  return {
    label: spec.label,
    type: spec.type,
    where(raw) {
      const value = raw === undefined ? undefined : spec.parse(raw);
      return value === undefined ? undefined : spec.where(value);
    },
  };
}
