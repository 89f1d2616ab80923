// Lists are server-paged: page, sort, direction, search and filters live in the URL.
import "server-only";
import { z } from "zod";
import type { SearchParams, SortDirection } from "@/server/lists/define-list";
import { withoutControlCharacters } from "@/lib/control-characters";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/**
 * Lists over large tables count at most this many matching rows and say "more than 10,000" beyond it: an exact
 * count of 100,000 users reads every one of them on each request, and nobody pages that far.
 */
export const COUNT_CAP = 10_000;

export interface ListParams<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  dir: SortDirection;
  q: string;
}

const DIRECTIONS = ["asc", "desc"] as const;

// Built once: the sort and direction are checked against each list's own values below, without a schema per call.
const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE),
  q: z.string().trim().max(100).catch(""),
});

/** A parameter's value, the first one when the URL repeats it, without control characters. */
export function firstValue(searchParams: SearchParams, name: string): string | undefined {
  const value = searchParams[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : withoutControlCharacters(first);
}

/** The URL's parameters, one value each, for a table's links and its filter bar. */
export function firstValues(searchParams: SearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of Object.keys(searchParams)) {
    const value = firstValue(searchParams, name);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

/** Reads list parameters from a page's search params; anything unknown or out of range falls back to a default. */
export function parseListParams<S extends string>(
  searchParams: SearchParams,
  options: { sortable: readonly S[]; defaultSort: S; defaultDir?: SortDirection },
): ListParams<S> {
  const { page, pageSize, q } = listParamsSchema.parse({
    page: firstValue(searchParams, "page") ?? 1,
    pageSize: firstValue(searchParams, "pageSize") ?? DEFAULT_PAGE_SIZE,
    q: firstValue(searchParams, "q") ?? "",
  });
  return {
    page,
    pageSize,
    sort: parseFilter(searchParams, "sort", options.sortable) ?? options.defaultSort,
    dir: parseFilter(searchParams, "dir", DIRECTIONS) ?? options.defaultDir ?? "asc",
    q,
  };
}

/** A value from the URL, kept only when it is one of the allowed values. */
export function parseFilter<V extends string>(searchParams: SearchParams, name: string, allowed: readonly V[]): V | undefined {
  const value = firstValue(searchParams, name);
  return allowed.find((candidate) => candidate === value);
}

export function pageArgs(params: Pick<ListParams<string>, "page" | "pageSize">) {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}

/**
 * Counts a list's matching rows up to COUNT_CAP. `count` is the model's Prisma count with the list's `where`; given
 * `take`, Prisma counts over a LIMITed subquery, so PostgreSQL stops reading after COUNT_CAP + 1 rows.
 */
export async function countUpTo(count: (limit: { take: number }) => Promise<number>): Promise<{ total: number; totalIsCapped: boolean }> {
  const counted = await count({ take: COUNT_CAP + 1 });
  return counted > COUNT_CAP ? { total: COUNT_CAP, totalIsCapped: true } : { total: counted, totalIsCapped: false };
}
