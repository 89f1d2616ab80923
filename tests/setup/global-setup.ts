// Starts one PostgreSQL for the whole run and builds a migrated template database;
// each test file then works in its own copy of the template (see per-file.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseUrlFor, startDatabase, withServerClient } from "../../scripts/lib/database";
import { applyMigrations } from "../../scripts/lib/migrations";
import { prepareJobQueues } from "../../scripts/lib/job-queues";

export default async function setup(project: TestProject) {
  // A folder per run, so two runs in one checkout (an editor's watcher and `npm test`) never share a cluster.
  const dataDir = path.join(import.meta.dirname, `../../.data/test-postgres-${process.pid}`);
  const database = await startDatabase({ dataDir, preferredPort: 55432 });
  const templateDatabase = `portal_test_template_${process.pid}`;

  await withServerClient(database.serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${templateDatabase}"`);
  });
  const templateUrl = databaseUrlFor(database.serverUrl, templateDatabase);
  await applyMigrations(templateUrl);
  // pg-boss keeps its own schema; made once here so every test database has the job queues.
  await prepareJobQueues(templateUrl);

  project.provide("testDatabaseServerUrl", database.serverUrl);
  project.provide("testTemplateDatabase", templateDatabase);
  return async () => {
    await withServerClient(database.serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${templateDatabase}" WITH (FORCE)`));
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseServerUrl: string;
    testTemplateDatabase: string;
  }
}
