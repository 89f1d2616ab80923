// The settings every script shares, with the safe defaults .env.example documents.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface PortalEnvironment {
  port: number;
  dataDir: string;
  demoPassword: string;
  seedDemoData: boolean;
}

/** Reads .env (when present) into process.env and fills in defaults. */
export function loadEnvironment(): PortalEnvironment {
  const envFile = path.join(PROJECT_ROOT, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);

  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  const dataDir = path.resolve(PROJECT_ROOT, process.env.PORTAL_DATA_DIR ?? ".data");
  mkdirSync(dataDir, { recursive: true });

  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_SECRET ??= persistentSecret(path.join(dataDir, "nextauth-secret"));
  return {
    port,
    dataDir,
    demoPassword: process.env.DEMO_PASSWORD ?? "demo-password",
    seedDemoData: process.env.SEED_DEMO_DATA !== "false",
  };
}

/** A random secret made once per data directory, so sessions survive a restart without anyone choosing one. */
function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
