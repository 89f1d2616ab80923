// The tests that serve the production build (tests/pages): `npm test` runs them after `next build`;
// by hand, `npm run build` and then `npx vitest run --config vitest.pages.config.ts`.
import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default defineConfig({
  ...base,
  test: { ...base.test, include: ["tests/pages/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 300_000 },
});
