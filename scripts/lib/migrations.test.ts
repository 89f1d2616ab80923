import { createHash, randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrlFor, withServerClient } from "./database";
import { applyMigrations, createMigration, diffMigrationsToSchema, resetDatabase } from "./migrations";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(projectRoot, "prisma/migrations");
const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
const serverUrl = process.env.TEST_DATABASE_SERVER_URL!;
const databaseUrl = process.env.DATABASE_URL!;

const createdDatabases: string[] = [];
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "migrations-test-"));
});

afterAll(async () => {
  await withServerClient(serverUrl, async (client) => {
    for (const name of createdDatabases) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  await rm(scratch, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `migrations_test_${randomBytes(6).toString("hex")}`;
  await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  createdDatabases.push(name);
  return databaseUrlFor(serverUrl, name);
}

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  return withServerClient(url, async (client) => (await client.query(sql, values)).rows as T[]);
}

async function listDirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function copyOfMigrations(): Promise<string> {
  const copy = await mkdtemp(path.join(scratch, "migrations-"));
  await cp(migrationsDir, copy, { recursive: true });
  return copy;
}

// The committed schema plus one model, to give the engine a change to make.
async function schemaWithExtraModel(): Promise<string> {
  const extended = path.join(await mkdtemp(path.join(scratch, "schema-")), "schema.prisma");
  const schema = await readFile(schemaPath, "utf8");
  await writeFile(extended, `${schema}\nmodel MigrationProbe {\n  id    String @id\n  label String\n}\n`);
  return extended;
}

describe("applyMigrations", () => {
  it("applies every migration folder once and records it as prisma migrate deploy does", async () => {
    const url = await freshDatabase();
    const folders = await listDirectories(migrationsDir);
    expect(folders.length).toBeGreaterThan(0);

    expect(await applyMigrations(url)).toEqual(folders);

    type Row = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };
    const rows = await query<Row>(url, 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name');
    const expected = await Promise.all(
      folders.map(async (folder) => ({
        migration_name: folder,
        checksum: createHash("sha256")
          .update(await readFile(path.join(migrationsDir, folder, "migration.sql")))
          .digest("hex"),
      })),
    );
    expect(rows.map(({ migration_name, checksum }) => ({ migration_name, checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }

    expect(await applyMigrations(url)).toEqual([]);
  });

  it("closes its connections, so the database can serve as a template", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const name = new URL(url).pathname.slice(1);
    const [{ count }] = await query<{ count: number }>(serverUrl, "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1", [name]);
    expect(count).toBe(0);
  });

  it("sends a migration whole, so semicolons in strings, comments and $$ bodies survive", async () => {
    const dir = path.join(scratch, "tricky-migrations");
    await mkdir(path.join(dir, "20200101000000_tricky"), { recursive: true });
    await writeFile(
      path.join(dir, "20200101000000_tricky", "migration.sql"),
      [
        'CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "body" TEXT NOT NULL);',
        "-- a comment; with a semicolon",
        `INSERT INTO "Note" ("body") VALUES ('first; second');`,
        "CREATE FUNCTION note_count() RETURNS integer LANGUAGE plpgsql AS $$",
        "BEGIN",
        '  RETURN (SELECT count(*) FROM "Note");',
        "END;",
        "$$;",
        "",
      ].join("\n"),
    );
    const url = await freshDatabase();

    expect(await applyMigrations(url, undefined, { migrationsDir: dir })).toEqual(["20200101000000_tricky"]);

    expect(await query(url, 'SELECT "body" FROM "Note"')).toEqual([{ body: "first; second" }]);
    expect(await query(url, "SELECT note_count() AS count")).toEqual([{ count: 1 }]);
    const [migration] = await query<{ finished_at: Date | null }>(url, 'SELECT finished_at FROM "_prisma_migrations"');
    expect(migration.finished_at).toBeInstanceOf(Date);
  });

  it("reports a failing migration by name, without the engine's trace", async () => {
    const dir = path.join(scratch, "failing-migrations");
    await mkdir(path.join(dir, "20200101000000_broken"), { recursive: true });
    await writeFile(path.join(dir, "20200101000000_broken", "migration.sql"), 'SELECT * FROM "Missing";\n');
    const url = await freshDatabase();

    const failure = applyMigrations(url, undefined, { migrationsDir: dir });

    await expect(failure).rejects.toThrow(/^The migration 20200101000000_broken failed: .*Missing/);
    await expect(failure).rejects.not.toThrow(/sql_schema_connector/);
  });
});

describe("the migrated database", () => {
  it("has the tables the schema declares", async () => {
    const rows = await query<{ table_name: string }>(databaseUrl, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    const tables = rows.map((row) => row.table_name);
    expect(tables).toEqual(expect.arrayContaining(["Partner", "User", "AuditEvent", "_prisma_migrations"]));
  });
});

describe("diffMigrationsToSchema", () => {
  it("finds the committed migrations in sync with schema.prisma", async () => {
    const diff = await diffMigrationsToSchema(databaseUrl);
    expect(diff.script).not.toMatch(/CREATE|ALTER|DROP/);
    expect(diff.inSync).toBe(true);
  });

  it("reports a schema change with the SQL that would follow it, and drops its shadow database", async () => {
    const diff = await diffMigrationsToSchema(databaseUrl, { schemaPath: await schemaWithExtraModel() });

    expect(diff.inSync).toBe(false);
    expect(diff.script).toContain('CREATE TABLE "MigrationProbe"');
    const shadows = await query(serverUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'");
    expect(shadows).toEqual([]);
  });
});

describe("createMigration", () => {
  it("writes nothing and returns null when the schema has not changed", async () => {
    const dir = await copyOfMigrations();
    const before = await listDirectories(dir);

    expect(await createMigration(databaseUrl, "nothing", undefined, { migrationsDir: dir })).toBeNull();

    expect(await listDirectories(dir)).toEqual(before);
  });

  it("applies pending migrations first, then writes the new one (the CLI's usual case after a pull)", async () => {
    const dir = await copyOfMigrations();
    const extended = await schemaWithExtraModel();
    const url = await freshDatabase();

    const created = await createMigration(url, "probe_after_pending", undefined, { migrationsDir: dir, schemaPath: extended });

    expect(await readFile(path.join(created!, "migration.sql"), "utf8")).toContain('CREATE TABLE "MigrationProbe"');
    expect(await query(url, 'SELECT * FROM "MigrationProbe"')).toEqual([]);
  });

  it("writes, records and applies a migration for a schema change; refuses data loss and drift", async () => {
    const dir = await copyOfMigrations();
    const extended = await schemaWithExtraModel();
    const url = await freshDatabase();
    await applyMigrations(url);

    const created = await createMigration(url, "probe", undefined, { migrationsDir: dir, schemaPath: extended });

    expect(created).toMatch(/[/\\]\d{14}_probe$/);
    const sql = await readFile(path.join(created!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "MigrationProbe"');
    expect(await readFile(path.join(dir, "migration_lock.toml"), "utf8")).toBe(
      "# Please do not edit this file manually\n" + "# It should be added in your version-control system (e.g., Git)\n" + 'provider = "postgresql"\n',
    );
    const applied = await query(url, 'SELECT migration_name FROM "_prisma_migrations" WHERE migration_name = $1', [path.basename(created!)]);
    expect(applied).toHaveLength(1);
    expect(await query(url, 'SELECT * FROM "MigrationProbe"')).toEqual([]);
    expect((await diffMigrationsToSchema(url, { migrationsDir: dir, schemaPath: extended })).inSync).toBe(true);

    await query(url, `INSERT INTO "MigrationProbe" ("id", "label") VALUES ('1', 'kept')`);
    const withProbe = await listDirectories(dir);
    await expect(createMigration(url, "drop_probe", undefined, { migrationsDir: dir })).rejects.toThrow(
      /^The migration could lose data or fail, so none was written: .*MigrationProbe/,
    );
    expect(await listDirectories(dir)).toEqual(withProbe);

    const withoutProbe = await copyOfMigrations();
    await expect(createMigration(url, "again", undefined, { migrationsDir: withoutProbe })).rejects.toThrow(/^The database no longer matches the migrations/);
    expect(await listDirectories(withoutProbe)).toEqual(await listDirectories(migrationsDir));
  });

  it("refuses a name that is not a plain identifier", async () => {
    await expect(createMigration(databaseUrl, "../escape")).rejects.toThrow(/lower-case letters/);
  });
});

describe("resetDatabase", () => {
  it("drops the app's data and pg-boss's schema, then migrates again", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO "ProgramSetting" ("key", "value", "updatedAt") VALUES ('k', '1', now());
       CREATE SCHEMA pgboss; CREATE TABLE pgboss.job (id int);`,
    );

    await resetDatabase(url);

    expect(await query(url, 'SELECT * FROM "ProgramSetting"')).toEqual([]);
    expect(await query(url, "SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'")).toEqual([]);
    const migrations = await query(url, 'SELECT 1 FROM "_prisma_migrations"');
    expect(migrations).toHaveLength((await listDirectories(migrationsDir)).length);
  });
});
