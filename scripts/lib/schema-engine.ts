// Runs Prisma's schema engine compiled to WebAssembly, driven through @prisma/adapter-pg, because the native engine
// cannot be downloaded here. See "Migrations through the WebAssembly schema engine" in STACK.md.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type pg from "pg";
import { databaseUrlFor, withServerClient } from "./database";

export type { SchemaEngine };

// PostgreSQL's one-byte "char" type, used by the catalog columns the engine reads (contype, relkind, …).
const CHAR_OID = 18;
const TEXT_OID = 25;

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void };
}

let lastPanicMessage = "";
let crashed = false;
let loaded: Promise<void> | undefined;

// The package entry imports the .wasm file as a module, which Node 20 cannot do, so it is instantiated by hand.
async function instantiateEngine(): Promise<void> {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => void (lastPanicMessage = message) };
  // createRequire rather than import.meta.resolve, which Vitest's module runner does not support.
  const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const compiled = await WebAssembly.compile(await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm")));
  const imports = Object.fromEntries(WebAssembly.Module.imports(compiled).map(({ module: name }) => [name, bg as unknown as WebAssembly.ModuleImports]));
  const instance = await WebAssembly.instantiate(compiled, imports);
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  await patchAdapter();
}

interface PgQueryableInternals {
  performIO(query: SqlQuery): Promise<pg.QueryResult<unknown[]>>;
  queryRaw(query: SqlQuery): Promise<SqlResultSet>;
}

// adapter-pg rejects "char" columns as unsupported, and reporting them as text makes the engine panic: it expects
// Character. The fields are relabelled as text before adapter-pg maps them (the values are already parsed as strings),
// then those columns are retyped. Patching the shared prototype also covers the adapter's internal transactions.
async function patchAdapter(): Promise<void> {
  const probe = await new PrismaPg({ connectionString: "postgresql://localhost/unused" }).connect();
  const queryable: PgQueryableInternals = Object.getPrototypeOf(Object.getPrototypeOf(probe));
  await probe.dispose();
  const { performIO, queryRaw } = queryable;
  const charColumnsOf = new WeakMap<unknown[], Set<number>>();
  queryable.performIO = async function (this: PgQueryableInternals, query) {
    const result = await performIO.call(this, query);
    const charColumns = new Set<number>();
    result.fields.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      charColumns.add(i);
      field.dataTypeID = TEXT_OID;
    });
    if (charColumns.size > 0) charColumnsOf.set(result.rows, charColumns);
    return result;
  };
  queryable.queryRaw = async function (this: PgQueryableInternals, query) {
    const result = await queryRaw.call(this, query);
    const charColumns = charColumnsOf.get(result.rows);
    if (!charColumns) return result;
    const columnTypes = result.columnTypes.map((type, i) => (charColumns.has(i) ? ColumnTypeEnum.Character : type));
    return { ...result, columnTypes };
  };
}

interface PgAdapterInternals {
  client: pg.Pool;
  onError(error: unknown): never;
}

// adapter-pg splits scripts on ";", which breaks string literals and $$ bodies; the native engine sends them whole.
function sendScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as PgAdapterInternals;
  adapter.executeScript = async (script) => {
    try {
      await internals.client.query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  return adapter;
}

// adapter-pg's own shadow database lands in the main database when given a connection string, so this factory
// creates and drops the shadow database itself. It also remembers every adapter so none outlives the engine.
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly databaseUrl: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await new PrismaPg({ connectionString: this.databaseUrl }).connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await withServerClient(this.databaseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const adapter = await new PrismaPg({ connectionString: databaseUrlFor(this.databaseUrl, name) }).connect();
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await withServerClient(this.databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    };
    return this.track(adapter);
  }

  async close(): Promise<void> {
    await Promise.all([...this.open].map((adapter) => adapter.dispose()));
  }

  private track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!this.open.delete(adapter)) return;
      await dispose();
    };
    this.open.add(sendScriptsWhole(adapter));
    return adapter;
  }
}

// Engine errors are plain Errors whose message ends in blank lines or a Rust span trace
// ("   0: sql_schema_connector…"); keep the message, on one line, and the migration it was applying, if any.
function readableEngineError(error: unknown): unknown {
  if (!(error instanceof Error) || error.constructor !== Error) return error;
  const [message = "", trace = ""] = error.message.split(/\n\s+0: /);
  if (!trace && message === message.trim()) return error;
  const reason = message
    .trim()
    .split(/\s*\n\s*/)
    .join(": ");
  const migration = /migration_name="([^"]+)"/.exec(trace)?.[1];
  return new Error(migration ? `The migration ${migration} failed: ${reason}` : reason);
}

/**
 * Opens a schema engine on `databaseUrl` with the schema file at `schemaPath`, runs `work`, then frees the engine and
 * closes every connection it opened.
 */
export async function withSchemaEngine<T>(databaseUrl: string, schemaPath: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  if (crashed) throw new Error("The schema engine crashed earlier in this process; run the command again.");
  loaded ??= instantiateEngine();
  await loaded;
  const factory = new MigrationAdapterFactory(databaseUrl);
  // A panic surfaces as an uncaught WebAssembly RuntimeError and the pending call never settles: reject instead.
  let onPanic: (error: unknown) => void = () => {};
  const panicked = new Promise<never>((_, reject) => (onPanic = reject));
  const handler = (error: Error) => {
    if (error instanceof WebAssembly.RuntimeError) return onPanic(error);
    // Alone, this listener would swallow unrelated crashes that Node should still report and exit on.
    if (process.listenerCount("uncaughtException") === 1) throw error;
  };
  process.on("uncaughtException", handler);
  let engine: SchemaEngine | undefined;
  try {
    const schema = await readFile(schemaPath, "utf8");
    engine = await Promise.race([
      bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(factory)),
      panicked,
    ]);
    return await Promise.race([work(engine), panicked]);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      crashed = true;
      throw new Error(`The schema engine crashed: ${(lastPanicMessage || error.message).trim()}`);
    }
    throw readableEngineError(error);
  } finally {
    process.off("uncaughtException", handler);
    if (!crashed) engine?.free();
    await factory.close();
  }
}
