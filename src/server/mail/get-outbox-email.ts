import "server-only";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";

export async function getOutboxEmail(user: SessionUser, id: string) {
  authorize(user, "emails.manage");
  return prisma.outboxEmail.findUnique({ where: { id } });
}
