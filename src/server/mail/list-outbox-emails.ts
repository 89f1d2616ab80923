import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EmailStatus } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { authorize, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, type ListParams, type Page } from "@/server/list-params";

export const OUTBOX_EMAIL_SORTS = ["createdAt", "to", "template", "status"] as const;
export type OutboxEmailSort = (typeof OUTBOX_EMAIL_SORTS)[number];

const outboxEmailRowSelect = {
  id: true,
  createdAt: true,
  to: true,
  template: true,
  subject: true,
  status: true,
  attempts: true,
} satisfies Prisma.OutboxEmailSelect;

export type OutboxEmailRow = Prisma.OutboxEmailGetPayload<{ select: typeof outboxEmailRowSelect }>;

/** Every message the portal queued, captured or sent, for admins. `q` matches the recipient. */
export async function listOutboxEmails(
  user: SessionUser,
  params: ListParams<OutboxEmailSort>,
  filters: { status?: EmailStatus; template?: string } = {},
): Promise<Page<OutboxEmailRow>> {
  authorize(user, "emails.manage");
  const where: Prisma.OutboxEmailWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.template ? { template: filters.template } : {}),
    ...(params.q ? { to: { contains: params.q, mode: "insensitive" } } : {}),
  };
  const [rows, count] = await Promise.all([
    prisma.outboxEmail.findMany({ where, select: outboxEmailRowSelect, orderBy: [{ [params.sort]: params.dir }, { id: "desc" }], ...pageArgs(params) }),
    // The outbox keeps every message ever sent, so it is counted like the other large lists.
    countUpTo((limit) => prisma.outboxEmail.count({ where, ...limit })),
  ]);
  return { rows, ...count, page: params.page, pageSize: params.pageSize };
}

export async function getOutboxEmail(user: SessionUser, id: string) {
  authorize(user, "emails.manage");
  return prisma.outboxEmail.findUnique({ where: { id } });
}
