// `npm test`: type-check, lint, format check, unit and integration tests, production build, the tests that serve the
// build (status codes and SQL statements per page), end-to-end tests.
// Every step runs even when an earlier one fails, and the run ends with one line: "N passed, N failed".
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./lib/environment";

const resultsDir = path.join(PROJECT_ROOT, ".data/test-results");
const vitestReport = path.join(resultsDir, "vitest.json");
const pagesReport = path.join(resultsDir, "vitest-pages.json");
const playwrightReport = path.join(resultsDir, "playwright.json");
const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules/.bin", name);

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): Promise<boolean> {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => {
      console.log(`${code === 0 ? "✔" : "✘"} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve(code === 0);
    });
  });
}

function readJson(file: string): Record<string, unknown> | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : null;
}

function vitestCounts(file: string): { passed: number; failed: number } {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1 };
  // A file that fails to load counts as a failure even though no test in it ran.
  const failedSuites = Number(report.numFailedTestSuites ?? 0);
  return {
    passed: Number(report.numPassedTests ?? 0),
    failed: Number(report.numFailedTests ?? 0) + (Number(report.numFailedTests ?? 0) === 0 ? failedSuites : 0),
  };
}

function playwrightCounts(): { passed: number; failed: number } {
  const report = readJson(playwrightReport) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  if (!report?.stats) return { passed: 0, failed: 1 };
  return { passed: Number(report.stats.expected ?? 0), failed: Number(report.stats.unexpected ?? 0) + Number(report.stats.flaky ?? 0) };
}

async function main() {
  rmSync(resultsDir, { recursive: true, force: true });
  rmSync(path.join(PROJECT_ROOT, ".data/e2e"), { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });

  const steps = {
    typecheck: await run("Type-check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]),
    lint: await run("Lint (eslint)", bin("eslint"), ["--max-warnings", "0", "."]),
    format: await run("Format check (prettier --check)", bin("prettier"), ["--check", "."]),
    vitest: await run("Unit and integration tests (vitest)", bin("vitest"), [
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestReport}`,
    ]),
    build: await run("Production build (next build)", bin("next"), ["build"], { NODE_ENV: "production" }),
    pages: false,
    e2e: false,
  };
  steps.pages =
    steps.build &&
    (await run("Pages served by the build: status codes and SQL statements per page (vitest)", bin("vitest"), [
      "run",
      "--config",
      "vitest.pages.config.ts",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${pagesReport}`,
    ]));
  steps.e2e = steps.build && (await run("End-to-end tests (playwright)", bin("playwright"), ["test"]));

  const unit = vitestCounts(vitestReport);
  const pages = steps.build ? vitestCounts(pagesReport) : { passed: 0, failed: 1 };
  const e2e = steps.build ? playwrightCounts() : { passed: 0, failed: 1 };
  // Type errors, lint errors, unformatted files and a failed build count as failures too, so they can never pass silently.
  const stepFailures = [steps.typecheck, steps.lint, steps.format, steps.build].filter((ok) => !ok).length;
  const passed = unit.passed + pages.passed + e2e.passed;
  const failed = unit.failed + pages.failed + e2e.failed + stepFailures;

  console.log("\nSummary");
  for (const [name, ok] of Object.entries(steps)) console.log(`  ${ok ? "✔" : "✘"} ${name}`);
  console.log(
    `  vitest: ${unit.passed} passed, ${unit.failed} failed; pages: ${pages.passed} passed, ${pages.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(Object.values(steps).every(Boolean) && failed === 0 ? 0 : 1);
}

void main();
