// SQL statements per HTTP request, for the test that holds every page to a fixed number of them
// (tests/pages/page-statements.test.ts). Off unless the web server starts with COUNT_SQL_STATEMENTS=1: then
// scripts/web-server.ts runs each request with a counter of its own and logs the total when the response has ended,
// and the app's Prisma client adds one to the current request's counter for each statement it sends.
import { AsyncLocalStorage } from "node:async_hooks";

export const COUNTING_STATEMENTS = process.env.COUNT_SQL_STATEMENTS === "1";

/** The log line's prefix; the rest of the line is a JSON `StatementCount`. */
export const STATEMENT_COUNT_LOG_PREFIX = "[statements] ";
/** The request header whose value the log line repeats, so a test finds the line of its own request. */
export const STATEMENT_COUNT_ID_HEADER = "x-statement-count-id";

export interface StatementCount {
  id: string | null;
  method: string;
  url: string;
  status: number;
  statements: number;
}

interface Counter {
  statements: number;
}

// The custom server and the app's server bundle each load their own copy of this module; they share one store.
const STORE_KEY = Symbol.for("partner-portal.statement-counter");

function counterStore(): AsyncLocalStorage<Counter> {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<Counter> };
  holder[STORE_KEY] ??= new AsyncLocalStorage<Counter>();
  return holder[STORE_KEY];
}

/** Runs `handle` with a fresh counter and calls `report` with its total once the response has ended. */
export function countRequestStatements(
  request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  response: { statusCode: number; once(event: "close", listener: () => void): unknown },
  handle: () => unknown,
  report: (count: StatementCount) => void,
): void {
  const counter: Counter = { statements: 0 };
  const id = request.headers[STATEMENT_COUNT_ID_HEADER];
  response.once("close", () =>
    report({
      id: typeof id === "string" ? id : null,
      method: request.method ?? "",
      url: request.url ?? "",
      status: response.statusCode,
      statements: counter.statements,
    }),
  );
  counterStore().run(counter, handle);
}

/** One statement sent for the current request (nothing outside a counted request). */
export function countStatement(): void {
  const counter = counterStore().getStore();
  if (counter) counter.statements += 1;
}
