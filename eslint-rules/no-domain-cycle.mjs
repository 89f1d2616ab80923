// Domains (the folders of src/server) must not import each other in a circle: when auth imports audit and audit
// imports auth, neither can be read, tested or changed on its own. import/no-cycle sees only file-to-file loops; this
// rule sees the folders. A registry entry a domain declares in its own folder (its audit actions, notification types,
// job queues and email templates) counts as part of the platform folder that reads it, so the platform reading it makes
// no loop; an entry that imports from its own domain (rather than from its platform) does, and is reported.
import fs from "node:fs";
import path from "node:path";

const SRC_DIR = path.join(import.meta.dirname, "..", "src");
const SERVER_DIR = path.join(SRC_DIR, "server");
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT_PATTERN = /^\s*(?:import|export)\b[^'";]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|import\(\s*(?:\/\*.*?\*\/\s*)*["']([^"']+)["']/gm;

/** Registry entries, by file name, and the platform folder each belongs to. */
const REGISTRY_ENTRIES = [
  [/^[^/]+\/(.+\/)?audit-actions\.ts$/, "audit"],
  [/^[^/]+\/(.+\/)?notification-types\.ts$/, "notifications"],
  [/^[^/]+\/(.+\/)?queues\.ts$/, "jobs"],
  [/^[^/]+\/emails\/.+\.tsx$/, "mail"],
];

const isTest = (file) => /\.test\.tsx?$/.test(file);

/** The domain a file of src/server belongs to: its folder, its registry's folder, or the file itself at the top. */
function domainOf(file) {
  const relative = path.relative(SERVER_DIR, file).split(path.sep).join("/");
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  if (!relative.includes("/")) return relative;
  for (const [pattern, domain] of REGISTRY_ENTRIES) if (pattern.test(relative)) return domain;
  return relative.slice(0, relative.indexOf("/"));
}

function resolve(source, fromFile) {
  const base = source.startsWith("@/") ? path.join(SRC_DIR, source.slice(2)) : source.startsWith(".") ? path.resolve(path.dirname(fromFile), source) : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return null;
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !isTest(entry.name) ? [full] : [];
  });
}

/** domain → (imported domain → one import that makes the edge, for the message). Built once per lint run. */
let graph = null;

function buildGraph() {
  const edges = new Map();
  for (const file of sourceFiles(SERVER_DIR)) {
    const from = domainOf(file);
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT_PATTERN)) {
      const source = match[1] ?? match[2] ?? match[3];
      const target = resolve(source, file);
      const to = target && domainOf(target);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${path.relative(SRC_DIR, file)} imports ${source}`);
    }
  }
  return edges;
}

/** The shortest chain of domains from `from` to `to`, with the import behind each step, or null. */
function chain(from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === to) break;
    for (const next of graph.get(current)?.keys() ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const steps = [];
  for (let node = to; previous.get(node) !== null; node = previous.get(node)) steps.unshift(graph.get(previous.get(node)).get(node));
  return steps;
}

const noDomainCycle = {
  meta: {
    type: "problem",
    docs: { description: "Domains of src/server do not import each other in a circle" },
    schema: [],
    messages: {
      cycle:
        "{{from}} imports {{to}}, but {{to}} already depends on {{from}} ({{chain}}): domains must not import each other in a circle. Move what both need into the lower one (a small module there, or src/lib).",
    },
  },
  create(context) {
    const filename = context.filename;
    const from = isTest(filename) ? null : domainOf(filename);
    if (!from) return {};
    graph ??= buildGraph();
    const check = (node, sourceNode) => {
      if (!sourceNode || typeof sourceNode.value !== "string") return;
      const target = resolve(sourceNode.value, filename);
      const to = target && domainOf(target);
      if (!to || to === from) return;
      const back = chain(to, from);
      if (back) context.report({ node, messageId: "cycle", data: { from, to, chain: back.join("; ") } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

export default noDomainCycle;
