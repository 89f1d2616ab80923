import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import noDomainCycle from "./eslint-rules/no-domain-cycle.mjs";

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
];

export default config;
