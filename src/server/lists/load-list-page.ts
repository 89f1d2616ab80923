import "server-only";
import type { SessionUser } from "@/server/auth/policy";
import type { DataTableProps, TableRow } from "@/components/data-table";
import type { AnyListDefinition, ListDefinition, SearchParams, SortDirection } from "@/server/lists/define-list";
import { readListQuery } from "@/server/lists/list-query";
import { countUpTo, firstValues, pageArgs } from "@/server/lists/params";

/** One page of a list and everything its table shows: pages render it with <DataTable list={...} />. */
export type ListPage<Row extends TableRow> = Omit<DataTableProps, "rows"> & { rows: Row[] };

function defaultOrderBy(definition: AnyListDefinition, sort: string, dir: SortDirection) {
  const nullsLast = definition.nullsLast?.includes(sort) ?? false;
  return [{ [sort]: nullsLast ? { sort: dir, nulls: "last" } : dir }, { id: "asc" }];
}

/**
 * One page of a list for this user and this URL: its rows (at most a page, ordered by the sort with the id breaking
 * ties) and the count of all matches up to COUNT_CAP, with what the table needs to draw its controls.
 */
export async function loadListPage<Where, OrderBy, Record, Row extends TableRow, Sort extends string, ExportRecord>(
  definition: ListDefinition<Where, OrderBy, Record, Row, Sort, ExportRecord>,
  user: SessionUser,
  searchParams: SearchParams,
): Promise<ListPage<Row>> {
  const { params, where, filters, fields } = await readListQuery<Where>(definition, user, searchParams);
  const sort = params.sort as Sort;
  const orderBy = definition.orderBy?.(sort, params.dir) ?? (defaultOrderBy(definition, sort, params.dir) as OrderBy[]);
  const [records, count] = await Promise.all([
    definition.findMany({ where, orderBy, ...pageArgs(params) }),
    countUpTo((limit) => definition.count({ where, ...limit })),
  ]);
  return {
    caption: definition.caption,
    emptyMessage: definition.emptyMessage,
    path: definition.path,
    query: firstValues(searchParams),
    columns: definition.columns.map((column) => ({
      id: column.id,
      header: column.header,
      format: column.format,
      sortable: (definition.sorts as readonly string[]).includes(column.id),
      href: typeof column.href === "function" ? column.href(user) : column.href,
    })),
    rows: records.map((record) => definition.row(record)),
    ...count,
    page: params.page,
    pageSize: params.pageSize,
    sort: params.sort,
    dir: params.dir,
    searchLabel: definition.search?.label,
    filters,
    fields,
    exportHref: definition.csv?.path,
  };
}
