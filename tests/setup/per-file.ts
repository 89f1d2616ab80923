// Every test file works in a database of its own, cloned from the migrated template, so files run in parallel.
// DATABASE_URL is set before any test module imports the app's Prisma client.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { databaseUrlFor, withServerClient } from "../../scripts/lib/database";

const serverUrl = inject("testDatabaseServerUrl");
const templateDatabase = inject("testTemplateDatabase");
const name = `portal_test_${randomBytes(6).toString("hex")}`;
await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabase}"`));
process.env.TEST_DATABASE_SERVER_URL = serverUrl;
process.env.DATABASE_URL = databaseUrlFor(serverUrl, name);

afterAll(async () => {
  await withServerClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});
