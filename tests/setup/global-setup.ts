// Starts one PostgreSQL for the whole run and builds a migrated template database;
// each test file then works in its own copy of the template (see per-file.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseUrlFor, startDatabase, withServerClient } from "../../scripts/lib/database";
import { applyMigrations } from "../../scripts/lib/migrations";
import { prepareJobQueues } from "../../scripts/lib/job-queues";
import { TEMPLATE_DATABASE } from "./template";

export default async function setup(project: TestProject) {
  const external = Boolean(process.env.DATABASE_URL);
  const dataDir = path.join(import.meta.dirname, "../../.data/test-postgres");
  if (!external) rmSync(dataDir, { recursive: true, force: true });
  const database = await startDatabase({ dataDir, preferredPort: 55432 });

  await withServerClient(database.serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  });
  const templateUrl = databaseUrlFor(database.serverUrl, TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  // pg-boss keeps its own schema; made once here so every test database has the job queues.
  await prepareJobQueues(templateUrl);

  project.provide("testDatabaseServerUrl", database.serverUrl);
  return async () => {
    await database.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
  }
}
