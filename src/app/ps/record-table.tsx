import type { ReactNode } from "react";

/**
 * A small table of a record page (a SOW's authorizations, a partner's projects): all rows at once, no paging. It
 * scrolls sideways inside its box on a phone instead of widening the page.
 */
export function RecordTable({
  caption,
  headers,
  rows,
  empty,
}: {
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-sm text-gray-600">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left text-gray-700">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={headers[index]} className="py-2 pr-4 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Hours used against hours authorized, from the kept minutes: "12.5 of 400 h". */
export function hoursUsed(minutesLogged: number, hoursAuthorized: number): string {
  const hours = Math.round((minutesLogged / 60) * 100) / 100;
  return `${hours.toLocaleString("en-US")} of ${hoursAuthorized.toLocaleString("en-US")} h`;
}
