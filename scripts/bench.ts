// `npm run bench [-- --duration 10 --connections 10 --port 3900]`: each role's home and list pages under load,
// against the production build and the large dataset, beside a trivial health route measured in the same run.
// On a shared machine the absolute numbers move with whatever else runs; the ratio to the health route moves less.
// Beside the latencies it prints the CPU time each request cost the web server, PostgreSQL and the job worker
// (from /proc, on Linux), which moves little with load and says which process a page's cost is in.
// Not a test and not in CI.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "./lib/environment";
import { canSampleCpu, cpuPerRequest, sampleCpu, type CpuSample } from "./lib/process-cpu";

const say = (message: string) => console.log(`[bench] ${message}`);

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3900" },
  },
});
const duration = positiveInteger("--duration", flags.duration);
const connections = positiveInteger("--connections", flags.connections);
const port = positiveInteger("--port", flags.port);
const baseUrl = `http://127.0.0.1:${port}`;
const TARGET_P95_MS = 150;
// Long enough for the first request's compilation and connection pools, short beside the measured run.
const WARM_UP_SECONDS = 2;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  // Its own database and port, so a developer's portal and its data are left alone.
  PORTAL_DATA_DIR: ".data/bench",
  PORT: String(port),
  NEXTAUTH_URL: `http://localhost:${port}`,
  NODE_ENV: "production",
  SEED_DEMO_DATA: "true",
};
const password = process.env.DEMO_PASSWORD ?? "demo-password";

interface Target {
  role: string;
  /** Who signs in for it; none for a public page, measured signed out. */
  email?: string;
  /** A page, or a record page's route (`/accounts/[id]`) measured on the first record its list links to. */
  path: string;
  /** For a record page: the list whose first link to such a record is followed. */
  recordFrom?: string;
}

const TARGETS: Target[] = [
  { role: "partner admin", email: "partner.admin@demo.test", path: "/partner" },
  { role: "CAM", email: "cam@demo.test", path: "/cam" },
  { role: "PHD", email: "phd@demo.test", path: "/phd/applicants" },
  { role: "PS coordinator", email: "ps@demo.test", path: "/ps" },
  { role: "CAM", email: "cam@demo.test", path: "/accounts" },
  { role: "CAM", email: "cam@demo.test", path: "/award-cases" },
  { role: "admin", email: "admin@demo.test", path: "/admin" },
  // A search over every user: the list page most likely to scan.
  { role: "admin", email: "admin@demo.test", path: "/admin?q=smith" },
  { role: "admin", email: "admin@demo.test", path: "/admin/audit" },
  { role: "admin", email: "admin@demo.test", path: "/admin/emails" },
  { role: "admin", email: "admin@demo.test", path: "/admin/legal-requests" },
  { role: "partner admin", email: "partner.admin@demo.test", path: "/partner/company" },
  { role: "PHD", email: "phd@demo.test", path: "/notifications" },
  // Certifications: a company's people with their steps and certifications, and Education Services' queue.
  { role: "partner admin", email: "partner.admin@demo.test", path: "/partner/certifications" },
  { role: "Education Services", email: "education@demo.test", path: "/education" },
  // Record pages, each on the first record of its list.
  { role: "PHD", email: "phd@demo.test", path: "/phd/applicants/[id]", recordFrom: "/phd/applicants" },
  { role: "CAM", email: "cam@demo.test", path: "/accounts/[id]", recordFrom: "/accounts" },
  // An award case: the large seed's cases of the CAM's accounts, soonest due first.
  { role: "CAM", email: "cam@demo.test", path: "/award-cases/[id]", recordFrom: "/award-cases" },
  { role: "PS coordinator", email: "ps@demo.test", path: "/ps/sows/[id]", recordFrom: "/ps/sows" },
  { role: "admin", email: "admin@demo.test", path: "/admin/users/[id]", recordFrom: "/admin" },
  // The public partner locator, signed out: a search that matches some hundreds of partners by name ("… Group"), and a profile it links to.
  { role: "visitor", path: "/partners?q=group" },
  { role: "visitor", path: "/partners/[id]", recordFrom: "/partners?q=group" },
  // CTP: the CAM's list of trackings, and a tracking's page.
  { role: "CAM", email: "cam@demo.test", path: "/cam/ctp" },
  { role: "CAM", email: "cam@demo.test", path: "/ctp/[id]", recordFrom: "/cam/ctp" },
  // NFR: the desk's queue (open requests, oldest first) and every request, a partner user's requests and licenses,
  // the CAM's, and a request's page with its eligibility evidence, from the queue's first row.
  { role: "PHD", email: "phd@demo.test", path: "/phd/nfr" },
  { role: "PHD", email: "phd@demo.test", path: "/phd/nfr?status=ALL" },
  { role: "partner user", email: "partner.user@demo.test", path: "/partner/nfr" },
  { role: "CAM", email: "cam@demo.test", path: "/cam/nfr" },
  { role: "PHD", email: "phd@demo.test", path: "/nfr/requests/[id]", recordFrom: "/phd/nfr" },
  // Subcontracting: the coordinator's burn home (active SOWs by funds left, the burn chart, change-order risk) is the
  // "/ps" entry above; a subcontracting partner's admin sees its work authorizations, hours and invoices.
  { role: "partner admin", email: "partner.admin@demo.test", path: "/partner/subcontracting" },
];
const HEALTH_PATH = "/api/health";

interface Measurement {
  page: string;
  role: string;
  requests: number;
  non2xx: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** CPU milliseconds per request by process role, and the benchmark's own (autocannon's) share. */
  cpuMsPerRequest: (CpuSample & { bench: number }) | null;
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${flag} must be a positive whole number, not "${value}".`);
  return number;
}

function runScript(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} failed (exit code ${code ?? "none"}).`))));
  });
}

/** Starts scripts/start.ts (which builds when stale) and resolves once it prints "Portal ready". */
function startPortal(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
    let ready = false;
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        // Once ready, the server's own output would interleave with the results table.
        if (ready) continue;
        console.log(line);
        if (line.includes("Portal ready at")) {
          ready = true;
          resolve(child);
        }
      }
    });
    child.on("exit", (code) => {
      if (!ready) reject(new Error(`The portal stopped before it was ready (exit code ${code ?? "none"}).`));
    });
  });
}

function stopPortal(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
}

/** Signs in through next-auth's credentials callback, as the login form does, and returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (HTTP ${response.status}): is the large dataset seeded with DEMO_PASSWORD?`);
  return session;
}

/** The path of the first record the list at `listPath` links to whose address fits `route` (`/accounts/[id]`). */
async function firstRecordPath(route: string, listPath: string, cookie: string | undefined): Promise<string> {
  const response = await fetch(`${baseUrl}${listPath}`, { headers: cookie ? { cookie } : {} });
  const html = await response.text();
  const pattern = new RegExp(`href="(${route.replace("[id]", "[A-Za-z0-9_-]+")})"`);
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`${listPath} links to no ${route} page to measure.`);
  return found;
}

/** One request first, so a redirect to /login or an error page is reported instead of measured. */
async function checkPage(url: string, cookie: string | undefined): Promise<void> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status} instead of 200.`);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** autocannon reports p90 and p97.5 but not p95, so every response time is kept and the percentiles computed here. */
async function measure(url: string, cookie: string | undefined, seconds: number, portalPid: number): Promise<Omit<Measurement, "page" | "role">> {
  const latencies: number[] = [];
  const cpuBefore = canSampleCpu ? sampleCpu(portalPid) : null;
  const benchCpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const cpu = cpuBefore && cpuPerRequest(cpuBefore, sampleCpu(portalPid), result.requests.total);
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: result.requests.average,
    cpuMsPerRequest: cpu && { ...cpu, bench: (benchCpu.user + benchCpu.system) / 1000 / result.requests.total },
  };
}

async function measurePage(page: string, role: string, cookie: string | undefined, portalPid: number, path = page): Promise<Measurement> {
  const url = `${baseUrl}${path}`;
  if (page !== HEALTH_PATH) await checkPage(url, cookie);
  await measure(url, cookie, WARM_UP_SECONDS, portalPid);
  const measurement = { page, role, ...(await measure(url, cookie, duration, portalPid)) };
  say(`${page} (${role}): p95 ${measurement.p95.toFixed(1)} ms, ${measurement.requestsPerSecond.toFixed(0)} req/s`);
  return measurement;
}

function printTable(measurements: Measurement[], healthP95: number): void {
  const rows = measurements.map((m) => [
    m.page,
    m.role,
    m.p50.toFixed(1),
    m.p95.toFixed(1),
    m.p99.toFixed(1),
    m.requestsPerSecond.toFixed(0),
    (m.p95 / healthP95).toFixed(1),
    m.page === HEALTH_PATH ? "" : m.p95 < TARGET_P95_MS ? "ok" : "MISS",
    String(m.non2xx + m.errors),
    m.cpuMsPerRequest?.web.toFixed(2) ?? "",
    m.cpuMsPerRequest?.database.toFixed(2) ?? "",
    m.cpuMsPerRequest?.worker.toFixed(2) ?? "",
    m.cpuMsPerRequest?.bench.toFixed(2) ?? "",
  ]);
  const cpu = ["web cpu", "db cpu", "worker cpu", "bench cpu"];
  const header = ["page", "role", "p50 ms", "p95 ms", "p99 ms", "req/s", "p95/health", `<${TARGET_P95_MS}ms`, "failed", ...cpu];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(`\n${line(header)}\n${line(widths.map((width) => "-".repeat(width)))}`);
  for (const row of rows) console.log(line(row));
  console.log(`\n${cpu.join(", ")}: CPU milliseconds per request of the web server, PostgreSQL, the job worker and autocannon.\n`);
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const startedAt = new Date();
  say("Preparing the large dataset in .data/bench (skipped when already there)");
  await runScript(["scripts/db.ts", "migrate"]);
  await runScript(["scripts/db.ts", "seed", "--scale", "large"]);

  say(`Starting the production server on port ${port}`);
  const portal = await startPortal();
  const portalPid = portal.pid ?? 0;
  // Ctrl-C still stops the server, its worker and its database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stopPortal(portal).finally(() => process.exit(130)));
  }
  try {
    const sessions = new Map<string, string>();
    for (const email of new Set(TARGETS.flatMap((target) => (target.email ? [target.email] : [])))) sessions.set(email, await signIn(email));

    say(`${connections} connections, ${duration} s per page after a ${WARM_UP_SECONDS} s warm-up; the health route is measured first and last`);
    const measurements: Measurement[] = [await measurePage(HEALTH_PATH, "none", undefined, portalPid)];
    for (const target of TARGETS) {
      const cookie = target.email ? sessions.get(target.email) : undefined;
      const path = target.recordFrom ? await firstRecordPath(target.path, target.recordFrom, cookie) : target.path;
      measurements.push(await measurePage(target.path, target.role, cookie, portalPid, path));
    }
    measurements.push(await measurePage(HEALTH_PATH, "none", undefined, portalPid));

    const health = measurements.filter((m) => m.page === HEALTH_PATH);
    const healthP95 = health.reduce((sum, m) => sum + m.p95, 0) / health.length;
    printTable(measurements, healthP95);

    const resultsDir = path.join(PROJECT_ROOT, "bench/results");
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
    const report = {
      startedAt: startedAt.toISOString(),
      commit: gitCommit(),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg(), node: process.version },
      settings: { duration, connections, warmUpSeconds: WARM_UP_SECONDS, targetP95Ms: TARGET_P95_MS },
      healthP95Ms: healthP95,
      pages: measurements.map((m) => ({ ...m, p95RatioToHealth: m.p95 / healthP95 })),
    };
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    say(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
  } finally {
    say("Stopping the server");
    await stopPortal(portal);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
