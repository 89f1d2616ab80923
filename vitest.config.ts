import path from "node:path";
import { defineConfig } from "vitest/config";

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks: without this, a failing test's error is replaced by
// "Map.groupBy is not a function" and the real one is never shown. Node 22 has it natively.
if (!("groupBy" in Map)) {
  Object.defineProperty(Map, "groupBy", {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

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
    env: { PRISMA_QUERY_EVENTS: "1" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
