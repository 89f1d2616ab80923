// Lists are server-paged: page, sort, direction, search and filters live in the URL.
import { z } from "zod";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export interface ListParams<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  dir: "asc" | "desc";
  q: string;
}

export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Reads list parameters from a page's search params; anything unknown or out of range falls back to a default. */
export function parseListParams<S extends string>(
  searchParams: SearchParams,
  options: { sortable: readonly [S, ...S[]]; defaultSort: S; defaultDir?: "asc" | "desc" },
): ListParams<S> {
  const schema = z.object({
    page: z.coerce.number().int().min(1).catch(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(DEFAULT_PAGE_SIZE),
    sort: z.enum(options.sortable).catch(options.defaultSort),
    dir: z.enum(["asc", "desc"]).catch(options.defaultDir ?? "asc"),
    q: z.string().trim().max(100).catch(""),
  });
  return schema.parse({
    page: first(searchParams.page) ?? 1,
    pageSize: first(searchParams.pageSize) ?? DEFAULT_PAGE_SIZE,
    sort: first(searchParams.sort),
    dir: first(searchParams.dir),
    q: first(searchParams.q) ?? "",
  }) as ListParams<S>;
}

/** A filter value from the URL, kept only when it is one of the allowed values. */
export function parseFilter<V extends string>(searchParams: SearchParams, name: string, allowed: readonly V[]): V | undefined {
  const value = first(searchParams[name]);
  return allowed.find((candidate) => candidate === value);
}

export function pageArgs(params: Pick<ListParams<string>, "page" | "pageSize">) {
  return { skip: (params.page - 1) * params.pageSize, take: params.pageSize };
}
