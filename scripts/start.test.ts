// Start-up as a person meets it: the real scripts in a child process, judged by exit code and what they print.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./lib/environment";
import { eventually } from "../tests/support/smtp";

const tsx = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
const workDirs: string[] = [];

function tempDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-start-"));
  workDirs.push(dir);
  return dir;
}

function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
    const child = spawn(tsx, [path.join(PROJECT_ROOT, script), ...args], { cwd: PROJECT_ROOT, env: childEnv });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

function occupyPort(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0 });
    });
  });
}

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("stops with one sentence when the web port is taken", async () => {
    const { server, port } = await occupyPort();
    try {
      const { code, output } = await runScript("scripts/start.ts", [], { PORT: String(port), PORTAL_DATA_DIR: tempDataDir(), DATABASE_URL: undefined });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use: stop what is using it, or start the portal with PORT set to another port.`);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      server.close();
    }
  });

  it("stops with one sentence when the data directory belongs to another PostgreSQL version", async () => {
    const dataDir = tempDataDir();
    mkdirSync(path.join(dataDir, "postgres"));
    writeFileSync(path.join(dataDir, "postgres", "PG_VERSION"), "16\n");
    const { server, port } = await occupyPort();
    server.close();
    const { code, output } = await runScript("scripts/start.ts", [], { PORT: String(port), PORTAL_DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect(code).toBe(1);
    expect(output).toContain("belongs to PostgreSQL 16, but the embedded server is PostgreSQL 18");
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe("npm run dev", () => {
  it("migrates, seeds and serves the app through next dev with the job worker beside it", async () => {
    const { server: probe, port } = await occupyPort();
    probe.close();
    const child = spawn(tsx, [path.join(PROJECT_ROOT, "scripts/start.ts"), "--dev"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PORT: String(port), PORTAL_DATA_DIR: tempDataDir(), NEXTAUTH_URL: `http://localhost:${port}` },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      await eventually(async () => output.includes("Portal ready at"), 150_000);
      expect(output).toContain("[worker] No SMTP_URL: mail is captured");
      const page = await fetch(`http://localhost:${port}/login`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Forgot your password?");
    } finally {
      child.kill("SIGTERM");
    }
    // A clean stop: the portal's own shutdown ran (web server and worker first), not a signal's default exit.
    expect(await exited).toBe(0);
  }, 180_000);
});

describe("npm run db:migrate", () => {
  it("uses DATABASE_URL when it is set and starts no embedded PostgreSQL", async () => {
    const dataDir = tempDataDir();
    const { code, output } = await runScript("scripts/db.ts", ["migrate"], { PORTAL_DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL });
    expect(output).toContain("No pending migrations.");
    expect(code).toBe(0);
    expect(existsSync(path.join(dataDir, "postgres"))).toBe(false);
  });

  it("refuses a migration name that is not snake_case", async () => {
    const { code, output } = await runScript("scripts/db.ts", ["create", "Bad Name"], {
      PORTAL_DATA_DIR: tempDataDir(),
      DATABASE_URL: process.env.DATABASE_URL,
    });
    expect(code).toBe(1);
    expect(output).toContain("Name the migration in snake_case");
  });
});
