import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, type ListParams, type Page } from "@/server/list-params";

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

const primeSowRowSelect = {
  id: true,
  number: true,
  status: true,
  amountCents: true,
  partner: { select: { legalName: true } },
  // About ten per SOW; with relation joins they come in the same statement as the page's SOWs, summed below.
  workAuthorizations: { where: { status: { not: "CANCELLED" } }, select: { amountCents: true } },
} satisfies Prisma.PrimeSowSelect;

/** Prime SOWs with the funds authorized against each: the page with its partners and authorizations in one statement, and the count. */
export async function listPrimeSows(user: SessionUser, params: ListParams<PrimeSowSort>): Promise<Page<PrimeSowRow>> {
  const where: Prisma.PrimeSowWhereInput = {
    partner: partnerScope(user, "sows.read"),
    ...(params.q ? { OR: [{ number: { contains: params.q, mode: "insensitive" } }, { partner: { legalName: { contains: params.q, mode: "insensitive" } } }] } : {}),
  };
  const [sows, count] = await Promise.all([
    prisma.primeSow.findMany({ where, select: primeSowRowSelect, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], ...pageArgs(params) }),
    countUpTo((limit) => prisma.primeSow.count({ where, ...limit })),
  ]);
  const rows = sows.map((sow) => {
    const authorizedCents = sow.workAuthorizations.reduce((sum, authorization) => sum + authorization.amountCents, 0);
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
  return { rows, ...count, page: params.page, pageSize: params.pageSize };
}
