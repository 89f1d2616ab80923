// Creates, applies and checks the migrations in prisma/migrations the way `prisma migrate` does, through the
// WebAssembly schema engine (the native one cannot be downloaded here). The files and the `_prisma_migrations` table
// are the stock ones, so `prisma migrate deploy` works on the same database.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { withServerClient } from "./database";
import { withSchemaEngine } from "./schema-engine";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";
const FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface MigrationOptions {
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
}

type Log = (message: string) => void;

function resolvePaths(options: MigrationOptions) {
  return {
    migrationsDir: options.migrationsDir ?? path.join(projectRoot, "prisma/migrations"),
    schemaPath: options.schemaPath ?? path.join(projectRoot, "prisma/schema.prisma"),
  };
}

// Read the same way the Prisma CLI reads them: every subdirectory, sorted by name.
async function listMigrations(migrationsDir: string): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  directories.sort((a, b) => a.localeCompare(b));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: await readFile(path.join(migrationsDir, LOCKFILE), "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (directory) => ({
        path: directory,
        migrationFile: {
          path: MIGRATION_FILE,
          content: await readFile(path.join(migrationsDir, directory, MIGRATION_FILE), "utf8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
        },
      })),
    ),
  };
}

/** Applies the pending migrations and returns their names (none when the database is up to date). */
export async function applyMigrations(databaseUrl: string, log: Log = () => {}, options: MigrationOptions = {}): Promise<string[]> {
  const { migrationsDir, schemaPath } = resolvePaths(options);
  const migrationsList = await listMigrations(migrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine(databaseUrl, schemaPath, (engine) => engine.applyMigrations({ migrationsList, filters: FILTERS }));
  for (const name of appliedMigrationNames) log(`Applied migration ${name}`);
  return appliedMigrationNames;
}

/**
 * Writes a migration from the migrations folder to schema.prisma and applies it; returns its directory, or null when
 * the schema has not changed. Refuses when the database has drifted from the migrations or the change would lose data.
 */
export async function createMigration(databaseUrl: string, name: string, log: Log = () => {}, options: MigrationOptions = {}): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`The migration name "${name}" must use only lower-case letters, digits and underscores.`);
  }
  const { migrationsDir, schemaPath } = resolvePaths(options);
  const schema = { files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
  const migrationsList = await listMigrations(migrationsDir);
  await withSchemaEngine(databaseUrl, schemaPath, async (engine) => {
    // In WebAssembly, createMigration only works once devDiagnostic has run.
    const { action } = await engine.devDiagnostic({ migrationsList, filters: FILTERS });
    if (action.tag === "reset") {
      throw new Error(
        "The database no longer matches the migrations, so no migration was written; reset it with `npm run db:reset`." + `\n\n${action.reason.trim()}`,
      );
    }
  });
  // evaluateDataLoss assumes the database already has every migration. Pending ones are applied in an engine of their
  // own: after applying, the same engine refuses to open the shadow database ("must be provided through an external
  // factory").
  await applyMigrations(databaseUrl, log, options);
  const created = await withSchemaEngine(databaseUrl, schemaPath, async (engine) => {
    await engine.devDiagnostic({ migrationsList, filters: FILTERS });
    const { warnings, unexecutableSteps } = await engine.evaluateDataLoss({ migrationsList, schema, filters: FILTERS });
    const problems = [...unexecutableSteps, ...warnings].map((feedback) => feedback.message.trim());
    if (problems.length > 0) {
      throw new Error(`The migration could lose data or fail, so none was written: ${problems.join(" ")}`);
    }
    const migration = await engine.createMigration({
      draft: false,
      migrationName: name,
      migrationsList,
      schema,
      filters: FILTERS,
    });
    if (migration.migrationScript === null) return null;
    const directory = path.join(migrationsDir, migration.generatedMigrationName);
    await mkdir(directory, { recursive: true });
    await writeFile(path.join(directory, `migration.${migration.extension}`), migration.migrationScript);
    await writeFile(
      path.join(migrationsDir, LOCKFILE),
      "# Please do not edit this file manually\n" +
        "# It should be added in your version-control system (e.g., Git)\n" +
        `provider = "${migration.connectorType}"\n`,
    );
    return directory;
  });
  if (created === null) {
    log("The schema has not changed: no migration was created.");
    return null;
  }
  log(`Created ${path.relative(projectRoot, created)}`);
  await applyMigrations(databaseUrl, log, options);
  return created;
}

/** Compares what the migrations build with schema.prisma; `script` is the SQL that would bring them in line. */
export async function diffMigrationsToSchema(databaseUrl: string, options: MigrationOptions = {}): Promise<{ inSync: boolean; script: string }> {
  const { migrationsDir, schemaPath } = resolvePaths(options);
  const migrationsList = await listMigrations(migrationsDir);
  const files = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
  // The migrations are replayed in a shadow database created next to databaseUrl.
  const { exitCode, stdout } = await withSchemaEngine(databaseUrl, schemaPath, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true,
      filters: FILTERS,
    }),
  );
  return { inSync: exitCode === 0, script: stdout ?? "" };
}

/** Drops everything in the database (the app's tables and pg-boss's queue) and applies every migration again. */
export async function resetDatabase(databaseUrl: string, log: Log = () => {}, options: MigrationOptions = {}): Promise<void> {
  await withServerClient(databaseUrl, (client) =>
    client.query("DROP SCHEMA IF EXISTS pgboss CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"),
  );
  log("Dropped every table");
  await applyMigrations(databaseUrl, log, options);
}
