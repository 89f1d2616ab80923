import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * Builds a Prisma client for one database; the app keeps a single one in `db.ts`, scripts and tests make their own.
 * With PRISMA_QUERY_EVENTS=1 (the tests) it emits an event per SQL statement, so tests can count them.
 */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    log: process.env.PRISMA_QUERY_EVENTS === "1" ? [{ emit: "event", level: "query" }] : [],
    // Secrets never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true }, oneTimeToken: { tokenHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
