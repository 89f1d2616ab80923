import "server-only";
import { createPrismaClient, type Db } from "@/server/create-prisma-client";

function createAppPrismaClient(): Db {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the portal with `npm start` or `npm run dev`.");
  return createPrismaClient(connectionString, Number(process.env.DATABASE_POOL_SIZE ?? 10));
}

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The app's one Prisma client; kept on globalThis so hot reload does not open a new pool each time. */
export const prisma: Db = globalForPrisma.prisma ?? createAppPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type { Db, Tx } from "@/server/create-prisma-client";
