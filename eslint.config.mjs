import path from "node:path";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import noDomainCycle from "./eslint-rules/no-domain-cycle.mjs";

const SERVER_DIR = path.join(import.meta.dirname, "src/server");

/** The src/server module an import names, relative to src/server ("auth/session"), or null for anything else. */
function serverModule(source, filename) {
  if (source.startsWith("@/server/")) return source.slice("@/server/".length);
  if (!source.startsWith(".")) return null;
  const relative = path.relative(SERVER_DIR, path.resolve(path.dirname(filename), source));
  return relative.startsWith("..") || path.isAbsolute(relative) ? null : relative.split(path.sep).join("/");
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  return node.type === "ImportDeclaration" && node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type");
}

/**
 * Code that runs in the browser imports no server module: it would ship server code (and its secrets) to the browser,
 * or fail the build on "server-only". Client components ("use client") and the shared UI in src/components (rendered
 * on both sides) may import server actions (`actions.ts`, which Next turns into calls) and types; values both sides
 * need go in src/lib, which imports nothing from src/server.
 */
const clientImportsNoServerCode = {
  meta: {
    type: "problem",
    docs: { description: "Browser code imports no server module except the server actions' actions.ts and types" },
    schema: [],
    messages: {
      server:
        "Browser code cannot import {{source}}: import its server action from an actions.ts, `import type` its types, or move the value both sides need to src/lib.",
      lib: "src/lib is shared by the browser and the server, so it imports nothing from src/server ({{source}}).",
      prisma: "Browser code cannot import the Prisma client; enums come from @/generated/prisma/enums.",
    },
  },
  create(context) {
    const filename = context.filename;
    const inSharedCode = /[\\/]src[\\/](components|lib)[\\/]/.test(filename);
    const inLib = /[\\/]src[\\/]lib[\\/]/.test(filename);
    let isClient = inSharedCode;
    const check = (node, sourceNode) => {
      if (!isClient || !sourceNode || typeof sourceNode.value !== "string" || isTypeOnly(node)) return;
      const source = sourceNode.value;
      if (source === "@/generated/prisma/client") return context.report({ node, messageId: "prisma" });
      const target = serverModule(source, filename);
      if (target === null) return;
      if (inLib) return context.report({ node, messageId: "lib", data: { source } });
      if (!/(^|\/)actions(\.ts)?$/.test(target)) context.report({ node, messageId: "server", data: { source } });
    };
    return {
      Program(program) {
        isClient ||= program.body.some((statement) => statement.type === "ExpressionStatement" && statement.directive === "use client");
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

/**
 * What src/app (pages, layouts, route handlers and their forms) may import from src/server: a domain's public surface
 * and the platform's helpers for routes. Everything else (operations with side effects, row locks, the Prisma client,
 * the action client, mail, jobs, audit writes) is reached through a server action or a query.
 */
const APP_MAY_IMPORT = [
  // A domain's public surface: its server actions, zod schemas, pure rules, and its queries and CSV exports.
  "[a-z-]+/actions",
  "[a-z-]+/schemas",
  "[a-z-]+/rules",
  "[a-z-]+/(get|list|export)-[a-z-]+",
  // A domain's list definitions (<noun>-list.ts), which the list machinery turns into a page and an export route.
  "[a-z-]+/[a-z-]+-list",
  "mail/preview-email-templates",
  // Registries the pages read names and labels from.
  "mail/templates",
  "notifications/types",
  // Platform helpers for routes: the session, `can`, navigation, NextAuth's handler, URL list and page params, CSV responses,
  // and the register page's draft cookie.
  "auth/session",
  "auth/policy",
  "auth/navigation",
  "account/auth-options",
  "page-params",
  "lists/load-list-page",
  "lists/export-route",
  "lists/params",
  "csv/stream-csv",
  "applications/draft-cookie",
  // The route a notice's link goes through, which marks the notice read before it redirects.
  "notifications/open-notification-route",
];

const appImportsPublicSurface = [
  "error",
  {
    paths: [
      {
        name: "@/server/auth/policy",
        allowImportNames: ["can"],
        allowTypeImports: true,
        message: "Pages ask `can(user, capability)`; scopes and the rest of the policy stay in queries and actions.",
      },
      {
        name: "@/server/applications/draft-cookie",
        allowImportNames: ["readDraftKey"],
        message: "Pages only read the draft's key; server actions remember and forget it.",
      },
    ],
    patterns: [
      {
        regex: `^@/server/(?!(${APP_MAY_IMPORT.join("|")})$)`,
        allowTypeImports: true,
        message:
          "src/app reaches a domain through its actions, schemas, rules, get-*/list-*/export-* queries and the platform helpers listed in eslint.config.mjs (APP_MAY_IMPORT); call one of those instead.",
      },
      { regex: "^(\\.\\./)+server/", message: "Import server modules as @/server/… so the boundary rules see them." },
      { group: ["@/generated/prisma/client"], allowTypeImports: true, message: "Pages read data through queries; enums come from @/generated/prisma/enums." },
    ],
  },
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // No import cycles: between files (import/no-cycle, with the `@/` alias resolved by the TypeScript resolver that
    // eslint-config-next sets up), and between the domains of src/server (./eslint-rules/no-domain-cycle.mjs).
    files: ["src/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { domains: { rules: { "no-domain-cycle": noDomainCycle } } },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "domains/no-domain-cycle": "error",
    },
  },
  { ignores: ["node_modules/", ".next/", ".data/", "src/generated/", "test-results/", "playwright-report/", "next-env.d.ts"] },
  {
    plugins: { portal: { rules: { "client-imports-no-server-code": clientImportsNoServerCode } } },
    rules: { "portal/client-imports-no-server-code": "error" },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": appImportsPublicSurface },
  },
];

export default config;
