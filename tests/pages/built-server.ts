// The production build served by scripts/web-server.ts, as `npm start` serves it, over this test file's own database:
// tests here make real HTTP requests and read the status, the HTML and the SQL statements each request sent.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../scripts/lib/environment";
import { seedDemoData } from "../../scripts/seed/demo";
import { createPrismaClient, type Db } from "../../src/server/create-prisma-client";
import { STATEMENT_COUNT_ID_HEADER, STATEMENT_COUNT_LOG_PREFIX, type StatementCount } from "../../src/server/statement-count";

export const DEMO_PASSWORD = "demo-password";

export interface PageResponse {
  status: number;
  contentType: string;
  body: string;
  /** SQL statements the server sent while answering. */
  statements: number;
}

export interface BuiltServer {
  baseUrl: string;
  /** The test database, seeded with the demo data. */
  prisma: Db;
  /** Where the server keeps uploaded files (its PORTAL_DATA_DIR). */
  dataDir: string;
  /** The session cookie of a demo user, signed in through the login form's endpoint. */
  signIn(email: string): Promise<string>;
  /** GETs a path, anonymously or with a session cookie, without following redirects. */
  get(pathname: string, cookie?: string): Promise<PageResponse>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port"))));
    });
  });
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Seeds the demo data into DATABASE_URL (per-file.ts made it) and starts the built app on a free port. */
export async function startBuiltServer(): Promise<BuiltServer> {
  if (!existsSync(path.join(PROJECT_ROOT, ".next/BUILD_ID"))) {
    throw new Error("These tests serve the production build, and there is none: run `npm run build` first (`npm test` does).");
  }
  const databaseUrl = process.env.DATABASE_URL!;
  const prisma = createPrismaClient(databaseUrl, 2);
  await seedDemoData(prisma, { password: DEMO_PASSWORD });

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "portal-pages-"));
  // The server counts per request; the tests' own per-statement events are not for it.
  const inherited = { ...process.env };
  delete inherited.PRISMA_QUERY_EVENTS;
  const child: ChildProcess = spawn(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["scripts/web-server.ts"], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      // One process, so every request is counted in the process whose log this reads.
      WEB_CONCURRENCY: "1",
      COUNT_SQL_STATEMENTS: "1",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      PORTAL_DATA_DIR: dataDir,
    },
  });

  const counts = new Map<string, number>();
  const waiting = new Map<string, (statements: number) => void>();
  const output: string[] = [];
  let buffered = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.startsWith(STATEMENT_COUNT_LOG_PREFIX)) {
        output.push(line);
        continue;
      }
      const count = JSON.parse(line.slice(STATEMENT_COUNT_LOG_PREFIX.length)) as StatementCount;
      if (!count.id) continue;
      counts.set(count.id, count.statements);
      waiting.get(count.id)?.(count.statements);
    }
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => output.push(chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The web server stopped while starting:\n${output.join("\n")}`);
    try {
      if ((await fetch(`${baseUrl}/login`, { redirect: "manual" })).status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The web server did not answer within 90 s:\n${output.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  /** The count is logged when the response has ended, which can be a moment after the client has read it all. */
  function statementsOf(id: string): Promise<number> {
    const known = counts.get(id);
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No statement count was logged for request ${id}.`)), 10_000);
      waiting.set(id, (statements) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(statements);
      });
    });
  }

  return {
    baseUrl,
    prisma,
    dataDir,
    async signIn(email) {
      const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
      const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
      const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrfResponse).join("; ") },
        body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
      });
      const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
      if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}).`);
      return session;
    },
    async get(pathname, cookie) {
      const id = randomUUID();
      const headers: Record<string, string> = { [STATEMENT_COUNT_ID_HEADER]: id };
      if (cookie) headers.cookie = cookie;
      const response = await fetch(`${baseUrl}${pathname}`, { headers, redirect: "manual" });
      const body = await response.text();
      return { status: response.status, contentType: response.headers.get("content-type") ?? "", body, statements: await statementsOf(id) };
    },
    async stop() {
      child.kill("SIGTERM");
      await exited;
      await prisma.$disconnect();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
