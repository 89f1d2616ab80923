import "server-only";

/**
 * Reads a query in batches, each starting after the key of the last row of the one before (a keyset, not an
 * offset), so an export stays fast at any depth and holds one batch in memory at a time. The key is the id, or
 * (createdAt, id) for a trail read newest first.
 */
export async function* keysetBatches<Row, Key>(
  fetchAfter: (after: Key | undefined, take: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  batchSize: number,
): AsyncGenerator<Row> {
  let after: Key | undefined;
  for (;;) {
    const batch = await fetchAfter(after, batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = keyOf(batch[batch.length - 1]);
  }
}
