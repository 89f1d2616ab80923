import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { COUNTING_STATEMENTS, countStatement } from "@/server/statement-count";

/**
 * Builds a Prisma client for one database; the app keeps a single one in `db.ts`, scripts and tests make their own.
 * With PRISMA_QUERY_EVENTS=1 (the tests) it emits an event per SQL statement, so tests can count them; with
 * COUNT_SQL_STATEMENTS=1 (the page statement test's server) it counts them per request (statement-count.ts).
 */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    log: process.env.PRISMA_QUERY_EVENTS === "1" || COUNTING_STATEMENTS ? [{ emit: "event", level: "query" }] : [],
    // Secrets never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true }, oneTimeToken: { tokenHash: true } },
  });
  if (COUNTING_STATEMENTS) client.$on("query", countStatement);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
