import "server-only";
import { authorize, scopeOf, type SessionUser } from "@/server/auth/policy";
import type { FieldSpec, FilterSpec } from "@/components/data-table";
import type { AnyListDefinition, SearchParams } from "@/server/lists/define-list";
import { firstValue, parseListParams, type ListParams } from "@/server/lists/params";

export interface ListQueryState<Where> {
  params: ListParams<string>;
  /** The user's scope narrowed by the search, the filters and the fields. */
  where: Where;
  filters: FilterSpec[];
  fields: FieldSpec[];
}

/**
 * What the page and its export read from the URL, once: the capability is checked, the parameters are parsed (an
 * unknown or malformed value falls back to its default or is ignored) and turned into the list's `where`.
 */
export async function readListQuery<Where>(definition: AnyListDefinition, user: SessionUser, searchParams: SearchParams): Promise<ListQueryState<Where>> {
  authorize(user, definition.capability);
  const params = parseListParams(searchParams, { sortable: definition.sorts, defaultSort: definition.defaultSort, defaultDir: definition.defaultDir });
  const conditions: Where[] = [];
  if (definition.scope) conditions.push(definition.scope(user, definition.capability));
  else if (scopeOf(user.role, definition.capability) !== "all") {
    throw new Error(`The list "${definition.caption}" has no scope for ${user.role}, whose ${definition.capability} is not over all rows.`);
  }
  if (definition.search && params.q) conditions.push(definition.search.where(params.q));

  const filterEntries = Object.entries(definition.filters ?? {});
  const resolved = await Promise.all(filterEntries.map(([, filter]) => filter.resolve(user)));
  const filters = filterEntries.map(([name, filter], index) => {
    const { options, where } = resolved[index];
    const condition = where(firstValue(searchParams, name));
    if (condition !== undefined) conditions.push(condition);
    return { name, label: filter.label, defaultLabel: filter.defaultLabel, options };
  });
  const fields = Object.entries(definition.fields ?? {}).map(([name, field]) => {
    const condition = field.where(firstValue(searchParams, name)?.trim() || undefined);
    if (condition !== undefined) conditions.push(condition);
    return { name, label: field.label, type: field.type };
  });
  // Every model's where takes AND; one condition goes alone, so a list's plain page asks with its scope as it is.
  const where = (conditions.length === 1 ? conditions[0] : { AND: conditions }) as Where;
  return { params, where, filters, fields };
}
