import "server-only";
import { can, type SessionUser } from "@/server/auth/policy";
import type { AnyListDefinition, ListDefinition, SearchParams } from "@/server/lists/define-list";
import { readListQuery } from "@/server/lists/list-query";
import { keysetBatches } from "@/server/lists/keyset-batches";
import { csvResponse } from "@/server/lists/csv-response";

/** Rows per query: 100k rows take 100 round trips, and memory holds one batch. */
export const EXPORT_BATCH_SIZE = 1000;

interface KeyedRecord {
  id: string;
  createdAt?: Date;
}

// Each batch starts strictly after the last row of the one before, so it stays fast at any depth and a row added or
// removed mid-export never shifts a batch. A trail is read newest first, with the id breaking ties within a moment.
const KEYSETS = {
  id: {
    orderBy: [{ id: "asc" }],
    after: (last: KeyedRecord) => ({ id: { gt: last.id } }),
  },
  newest: {
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    after: (last: KeyedRecord) => ({ OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }] }),
  },
};

/**
 * Every row the list would show this user for these search parameters, as CSV cells, read in keyset batches.
 * Refuses (FORBIDDEN) a user without the list's capability, like the page.
 */
export async function* listCsvRows<Where, OrderBy, Record, Row extends { id: string }, Sort extends string, ExportRecord extends KeyedRecord>(
  definition: ListDefinition<Where, OrderBy, Record, Row, Sort, ExportRecord>,
  user: SessionUser,
  searchParams: SearchParams,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<string[]> {
  const csv = definition.csv;
  if (!csv) throw new Error(`The list "${definition.caption}" has no CSV columns.`);
  const { where } = await readListQuery<Where>(definition, user, searchParams);
  const keyset = KEYSETS[csv.keyset ?? "id"];
  const records = keysetBatches(
    (last: ExportRecord | undefined, take) =>
      csv.findMany({ where: (last ? { AND: [where, keyset.after(last)] } : where) as Where, orderBy: keyset.orderBy as OrderBy[], take }),
    (record) => record,
    batchSize,
  );
  for await (const record of records) yield csv.columns.map((column) => column.cell(record));
}

/**
 * The CSV download of a list for whoever asks: 401 for nobody signed in (a script or a download, not a person to send
 * to the sign-in page), 403 without the list's capability, else the file for the user's scope and these parameters.
 */
export function exportResponse(definition: AnyListDefinition, user: SessionUser | null, searchParams: SearchParams): Response {
  if (!user) return new Response("Sign in to download this file.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!can(user, definition.capability) || !definition.csv) {
    return new Response("You are not allowed to download this file.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const day = new Date().toISOString().slice(0, 10);
  const header = definition.csv.columns.map((column) => column.header);
  return csvResponse(`${definition.csv.filename}-${day}.csv`, header, listCsvRows(definition, user, searchParams));
}
