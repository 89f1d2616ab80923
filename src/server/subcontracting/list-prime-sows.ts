import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { pageArgs, type ListParams, type Page } from "@/server/list-params";

export const PRIME_SOW_SORTS = ["number", "status", "amountCents", "createdAt"] as const;
export type PrimeSowSort = (typeof PRIME_SOW_SORTS)[number];

export type PrimeSowRow = {
  id: string;
  number: string;
  partnerName: string;
  status: string;
  amountCents: number;
  authorizedCents: number;
  remainingCents: number;
};

/** Prime SOWs with the funds authorized against each: two queries, whatever the page size. */
export async function listPrimeSows(user: SessionUser, params: ListParams<PrimeSowSort>): Promise<Page<PrimeSowRow>> {
  const where: Prisma.PrimeSowWhereInput = {
    partner: partnerScope(user),
    ...(params.q ? { OR: [{ number: { contains: params.q, mode: "insensitive" } }, { partner: { legalName: { contains: params.q, mode: "insensitive" } } }] } : {}),
  };
  const [sows, total] = await Promise.all([
    prisma.primeSow.findMany({
      where,
      select: { id: true, number: true, status: true, amountCents: true, partner: { select: { legalName: true } } },
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      ...pageArgs(params),
    }),
    prisma.primeSow.count({ where }),
  ]);
  const authorized = await prisma.workAuthorization.groupBy({
    by: ["sowId"],
    where: { sowId: { in: sows.map((sow) => sow.id) }, status: { not: "CANCELLED" } },
    _sum: { amountCents: true },
  });
  const authorizedBySow = new Map(authorized.map((row) => [row.sowId, row._sum.amountCents ?? 0]));
  const rows = sows.map((sow) => {
    const authorizedCents = authorizedBySow.get(sow.id) ?? 0;
    return {
      id: sow.id,
      number: sow.number,
      partnerName: sow.partner.legalName,
      status: sow.status,
      amountCents: sow.amountCents,
      authorizedCents,
      remainingCents: sow.amountCents - authorizedCents,
    };
  });
  return { rows, total, page: params.page, pageSize: params.pageSize };
}
