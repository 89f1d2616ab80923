// The large seed skips PostgreSQL's foreign-key triggers for speed; this is the check they would have made, run on
// the whole database before the seed commits.
import type pg from "pg";

export interface DanglingReference {
  constraint: string;
  table: string;
  rows: number;
}

interface ForeignKey {
  constraint: string;
  table: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
}

/** Every foreign key in the current schema whose rows point at no row, with how many rows do. */
export async function findDanglingReferences(client: pg.ClientBase): Promise<DanglingReference[]> {
  const { rows: foreignKeys } = await client.query<ForeignKey>(
    `SELECT con.conname AS constraint, child.relname AS table, parent.relname AS "referencedTable",
            ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, position)
                  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.position)::text[] AS columns,
            ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, position)
                  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.position)::text[] AS "referencedColumns"
     FROM pg_constraint con
     JOIN pg_class child ON child.oid = con.conrelid
     JOIN pg_class parent ON parent.oid = con.confrelid
     JOIN pg_namespace ns ON ns.oid = child.relnamespace
     WHERE con.contype = 'f' AND ns.nspname = current_schema()
     ORDER BY child.relname, con.conname`,
  );
  const dangling: DanglingReference[] = [];
  for (const key of foreignKeys) {
    const column = (name: string) => client.escapeIdentifier(name);
    // A key with any column null references nothing, as PostgreSQL's default MATCH SIMPLE has it.
    const present = key.columns.map((name) => `c.${column(name)} IS NOT NULL`).join(" AND ");
    const matches = key.columns.map((name, index) => `p.${column(key.referencedColumns[index]!)} = c.${column(name)}`).join(" AND ");
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${column(key.table)} c
       WHERE ${present} AND NOT EXISTS (SELECT 1 FROM ${column(key.referencedTable)} p WHERE ${matches})`,
    );
    const count = rows[0]?.count ?? 0;
    if (count > 0) dangling.push({ constraint: key.constraint, table: key.table, rows: count });
  }
  return dangling;
}
