import "server-only";
import { toCsvLine } from "@/server/lists/csv";

// Lines are sent in chunks of this many, so 100k rows are not 100k tiny writes.
const LINES_PER_CHUNK = 500;
// Excel reads a CSV without a byte order mark as the local code page and garbles accented names.
const UTF8_BOM = "\uFEFF";

/**
 * A CSV download whose body is pulled from `rows` only as fast as the client reads it,
 * so memory holds one chunk of lines (and whatever batch the iterator holds), never the whole file.
 */
export function csvResponse(filename: string, header: string[], rows: AsyncIterable<string[]>): Response {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let headerSent = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = "";
      if (!headerSent) {
        headerSent = true;
        chunk = UTF8_BOM + toCsvLine(header);
      }
      for (let lines = 0; lines < LINES_PER_CHUNK; lines++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += toCsvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      // The client went away: let the iterator end its query loop instead of reading on.
      await iterator.return?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A date cell for export: ISO 8601 in UTC, or empty. */
export function csvDate(value: Date | null): string {
  return value ? value.toISOString() : "";
}
