// `npm start` / `npm run dev`: database, migrations, job queues, demo data, then the web server and the job worker.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { startDatabase, StartupError, stopOnSignals, type Database } from "./lib/database";
import { loadEnvironment, PROJECT_ROOT } from "./lib/environment";
import { applyMigrations } from "./lib/migrations";
import { prepareJobQueues } from "./lib/job-queues";
import { seedDemoData } from "./seed/demo";
import { createPrismaClient } from "../src/server/create-prisma-client";

const dev = process.argv.includes("--dev");
const say = (message: string) => console.log(`[portal] ${message}`);
const nextBin = path.join(PROJECT_ROOT, "node_modules/.bin/next");
const tsxBin = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
// npm install puts this Node in node_modules/.bin, which npm scripts put first on PATH.
const PINNED_NODE_MAJOR = 24;

async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
  if (!free) throw new StartupError(`Port ${port} is already in use: stop what is using it, or start the portal with PORT set to another port.`);
}

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

/** A production build is redone only when a source is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(PROJECT_ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["src", "public", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];
  const newestSource = Math.max(...sources.map((source) => newestModification(path.join(PROJECT_ROOT, source))));
  return newestSource > statSync(buildId).mtimeMs;
}

/** Resolves once the web server answers, so "ready" is printed only when it is true. */
async function waitUntilServing(port: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/login`, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartupError(`The web server did not answer on port ${port} within two minutes.`);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const environment = loadEnvironment();
  if (Number(process.versions.node.split(".")[0]) < PINNED_NODE_MAJOR) {
    say(
      `Running on Node ${process.version}, which renders pages at about half the speed of Node ${PINNED_NODE_MAJOR}: start with npm start, which uses the Node that npm install put in node_modules.`,
    );
  }
  await ensurePortFree(environment.port);

  say(process.env.DATABASE_URL ? "Using the PostgreSQL in DATABASE_URL" : "Starting the embedded PostgreSQL");
  const database: Database = await startDatabase({ dataDir: path.join(environment.dataDir, "postgres"), log: say });
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children
        .filter((child) => child.exitCode === null)
        .map((child) => {
          child.kill("SIGTERM");
          return new Promise((resolve) => child.once("exit", resolve));
        }),
    );
    await database.stop();
    process.exit(code);
  };
  const supervise = (name: string, child: ChildProcess) => {
    children.push(child);
    child.on("exit", (code) => {
      if (!stopping) {
        say(`The ${name} stopped (exit code ${code ?? "none"}).`);
        void stop(code || 1);
      }
    });
  };
  stopOnSignals(() => stop(0));

  try {
    const applied = await applyMigrations(database.appUrl);
    say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database schema is up to date");
    await prepareJobQueues(database.appUrl);

    if (environment.seedDemoData) {
      const prisma = createPrismaClient(database.appUrl, 2);
      await seedDemoData(prisma, { password: environment.demoPassword, log: say });
      await prisma.$disconnect();
    }

    const env = { ...process.env, DATABASE_URL: database.appUrl, PORT: String(environment.port) };
    if (!dev && buildIsStale()) {
      say("Building the app (next build)");
      const code = await run(nextBin, ["build"], { ...env, NODE_ENV: "production" });
      if (code !== 0) throw new StartupError("The build failed; the errors are above.");
    }

    const webServer = dev
      ? spawn(nextBin, ["dev", "-p", String(environment.port)], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "inherit", "inherit"] })
      : spawn(tsxBin, ["scripts/web-server.ts"], { cwd: PROJECT_ROOT, env: { ...env, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"] });
    supervise("web server", webServer);
    supervise(
      "job worker",
      spawn(tsxBin, ["--conditions=react-server", "scripts/worker.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "inherit", "inherit"] }),
    );

    await waitUntilServing(environment.port);
    say(`Portal ready at ${process.env.NEXTAUTH_URL}`);
    if (environment.seedDemoData) {
      say(`Demo logins (password "${environment.demoPassword}"):`);
      for (const email of ["partner.admin", "partner.user", "other.partner", "cam", "phd", "ps", "admin"]) say(`  ${email}@demo.test`);
    }
  } catch (error) {
    console.error(`[portal] ${error instanceof StartupError ? error.message : `Start-up failed: ${(error as Error).message}`}`);
    await stop(1);
  }
}

main().catch((error: unknown) => {
  // Start-up errors are one sentence; anything else still gets one line, not a stack trace.
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
