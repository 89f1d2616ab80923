// Lists are server-paged: page, sort, direction, search and filters live in the URL.
import "server-only";
import { z } from "zod";

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
  dir: "asc" | "desc";
  q: string;
}

export interface Page<T> {
  rows: T[];
  /** How many rows match; when `totalIsCapped`, at least this many (COUNT_CAP) and possibly more. */
  total: number;
  totalIsCapped?: boolean;
  page: number;
  pageSize: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

const DIRECTIONS = ["asc", "desc"] as const;

// Built once: the sort and direction are checked against each list's own values below, without a schema per call.
const listParamsSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE),
  q: z.string().trim().max(100).catch(""),
});

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads list parameters from a page's search params; anything unknown or out of range falls back to a default. */
export function parseListParams<S extends string>(
  searchParams: SearchParams,
  options: { sortable: readonly [S, ...S[]]; defaultSort: S; defaultDir?: "asc" | "desc" },
): ListParams<S> {
  const { page, pageSize, q } = listParamsSchema.parse({
    page: first(searchParams.page) ?? 1,
    pageSize: first(searchParams.pageSize) ?? DEFAULT_PAGE_SIZE,
    q: first(searchParams.q) ?? "",
  });
  return {
    page,
    pageSize,
    sort: parseFilter(searchParams, "sort", options.sortable) ?? options.defaultSort,
    dir: parseFilter(searchParams, "dir", DIRECTIONS) ?? options.defaultDir ?? "asc",
    q,
  };
}

/** A filter value from the URL, kept only when it is one of the allowed values. */
export function parseFilter<V extends string>(searchParams: SearchParams, name: string, allowed: readonly V[]): V | undefined {
  const value = first(searchParams[name]);
  return allowed.find((candidate) => candidate === value);
}

export function pageArgs(params: Pick<ListParams<string>, "page" | "pageSize">) {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}

/**
 * Counts a list's matching rows up to COUNT_CAP. `count` is the model's Prisma count with the list's `where`; given
 * `take`, Prisma counts over a LIMITed subquery, so PostgreSQL stops reading after COUNT_CAP + 1 rows.
 */
export async function countUpTo(count: (limit: { take: number }) => Promise<number>): Promise<Pick<Page<unknown>, "total" | "totalIsCapped">> {
  const counted = await count({ take: COUNT_CAP + 1 });
  return counted > COUNT_CAP ? { total: COUNT_CAP, totalIsCapped: true } : { total: counted, totalIsCapped: false };
}
