// The server half of the one table: pages pass their list query's rows as they are, and only the id and the
// columns the table shows go to the browser (a users page no longer ships each row's unused fields).
import { DataTableView, type DataTableProps, type TableRow } from "@/components/data-table-view";

export type { ColumnFormat, ColumnSpec, ExtraFieldSpec, FilterSpec, TableRow } from "@/components/data-table-view";

export function DataTable({ data, ...props }: DataTableProps) {
  const rows = data.rows.map((row) => {
    const shown: TableRow = { id: row.id };
    for (const column of props.columns) shown[column.id] = row[column.id];
    return shown;
  });
  return <DataTableView {...props} data={{ ...data, rows }} />;
}
