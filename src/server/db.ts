import "server-only";
import { createPrismaClient, type Db } from "@/server/create-prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: Db };

// Made on first use, not at import: `next build` imports every route without a database.
function appPrismaClient(): Db {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the portal with `npm start` or `npm run dev`.");
  // Kept on globalThis so hot reload does not open a new pool each time.
  globalForPrisma.prisma = createPrismaClient(connectionString, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  return globalForPrisma.prisma;
}

/** The app's one Prisma client. */
export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = appPrismaClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { Db, Tx } from "@/server/create-prisma-client";
