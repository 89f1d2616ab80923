import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { recordId } from "@/server/schema-fields";
import { hasControlCharacters } from "@/lib/control-characters";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's query parameters, parsed with zod like an action's input: a parameter given twice counts once (its first
 * value), a value with control characters counts as absent, and each field's `.catch()` says what stands in for a
 * value the schema refuses, so no URL a person can type makes the page fail.
 */
export function parsePageParams<S extends z.ZodObject>(schema: S, searchParams: SearchParams): z.infer<S> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !hasControlCharacters(first)) values[name] = first;
  }
  return schema.parse(values);
}

const ZRecordIdParam = recordId().refine((value) => !hasControlCharacters(value));

/** Whether a path segment could be one of our ids; anything else is a record that does not exist. */
export function isRecordIdParam(value: string): boolean {
  return ZRecordIdParam.safeParse(value).success;
}

/** A record page's id from its path, or the 404 page for a value that cannot be an id (too long, control characters). */
export function recordIdParam(value: string): string {
  if (!isRecordIdParam(value)) notFound();
  return value;
}
