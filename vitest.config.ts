import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.join(import.meta.dirname, "src"),
      // Tests call server modules directly, outside React's server bundle.
      "server-only": path.join(import.meta.dirname, "tests/setup/empty.ts"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "tests/integration/**/*.test.ts", "scripts/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    env: { PRISMA_QUERY_EVENTS: "1", NEXTAUTH_SECRET: "vitest-only-secret-not-used-anywhere-else" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
