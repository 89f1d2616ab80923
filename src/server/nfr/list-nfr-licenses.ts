import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { countUpTo, pageArgs, type ListParams, type Page } from "@/server/list-params";

export const NFR_LICENSE_SORTS = ["expiresOn", "startsOn", "name", "usersCount", "status"] as const;
export type NfrLicenseSort = (typeof NFR_LICENSE_SORTS)[number];

const nfrLicenseRowSelect = {
  id: true,
  name: true,
  email: true,
  usersCount: true,
  plan: true,
  status: true,
  startsOn: true,
  expiresOn: true,
  referenceNumber: true,
} satisfies Prisma.NfrLicenseSelect;

export type NfrLicenseRow = Prisma.NfrLicenseGetPayload<{ select: typeof nfrLicenseRowSelect }>;

/** NFR licenses of the partners the user may see. */
export async function listNfrLicenses(user: SessionUser, params: ListParams<NfrLicenseSort>): Promise<Page<NfrLicenseRow>> {
  const where: Prisma.NfrLicenseWhereInput = { partner: partnerScope(user, "nfr.read") };
  const [rows, count] = await Promise.all([
    prisma.nfrLicense.findMany({ where, select: nfrLicenseRowSelect, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], ...pageArgs(params) }),
    countUpTo((limit) => prisma.nfrLicense.count({ where, ...limit })),
  ]);
  return { rows, ...count, page: params.page, pageSize: params.pageSize };
}
