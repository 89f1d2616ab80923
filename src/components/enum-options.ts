import { humanize } from "@/lib/humanize";

/** Select options for an enum's values, labelled for people. */
export function enumOptions(values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: humanize(value) }));
}
