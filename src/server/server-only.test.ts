// Every server module starts with `import "server-only"`, so the build fails if browser code ever imports it. The
// exceptions are found, not listed: "use server" actions files (Next turns them into calls), and the modules that
// processes outside Next load without the react-server condition (tsx scripts, the email rendering thread), where
// "server-only" refuses to load. The job worker runs with that condition (`tsx --conditions=react-server`).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SERVER_DIR = path.join(ROOT, "src/server");

/** Entry points that run outside Next without the react-server condition. */
const OUTSIDE_NEXT_ENTRIES = [
  ...sourceFiles(path.join(ROOT, "scripts")).filter((file) => path.relative(ROOT, file) !== "scripts/worker.ts"),
  path.join(SERVER_DIR, "mail/render-email-thread.ts"),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && statSync(file).isFile());
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) return statement.isTypeOnly;
  const clause = statement.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** The modules a file loads when it runs: static imports and re-exports, type-only ones left out. */
function runtimeImports(source: ts.SourceFile): string[] {
  return source.statements
    .filter((statement): statement is ts.ImportDeclaration | ts.ExportDeclaration => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))
    .filter((statement) => statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) && !isTypeOnly(statement))
    .map((statement) => (statement.moduleSpecifier as ts.StringLiteral).text);
}

/** A project file an import names, or null for a package. */
function resolveImport(specifier: string, fromFile: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, "src", specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(fromFile), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

function reachableFrom(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.includes(`${path.sep}generated${path.sep}`)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(parse(file))) {
      const target = resolveImport(specifier, file);
      if (target) queue.push(target);
    }
  }
  return seen;
}

function isActionsFile(source: ts.SourceFile): boolean {
  const first = source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
}

function firstImport(source: ts.SourceFile): string | null {
  const statement = source.statements.find(ts.isImportDeclaration);
  return statement && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
}

const serverModules = sourceFiles(SERVER_DIR).map((file) => ({ file, name: path.relative(ROOT, file), source: parse(file) }));
const loadedOutsideNext = reachableFrom(OUTSIDE_NEXT_ENTRIES);

describe("server-only", () => {
  it("finds the server modules and the ones scripts load", () => {
    expect(serverModules.length).toBeGreaterThan(100);
    expect(loadedOutsideNext).toContain(path.join(SERVER_DIR, "create-prisma-client.ts"));
    expect(loadedOutsideNext).toContain(path.join(SERVER_DIR, "mail/render-email-template.ts"));
    expect(loadedOutsideNext).not.toContain(path.join(SERVER_DIR, "db.ts"));
  });

  it("is the first import of every server module that only Next and the job worker load", () => {
    const missing = serverModules
      .filter(({ file, source }) => !isActionsFile(source) && !loadedOutsideNext.has(file) && firstImport(source) !== "server-only")
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it("is not imported by modules that scripts or the rendering thread load, where it would refuse to load", () => {
    const refusing = serverModules
      .filter(({ file, source }) => loadedOutsideNext.has(file) && runtimeImports(source).includes("server-only"))
      .map(({ name }) => name);
    expect(refusing).toEqual([]);
  });
});
