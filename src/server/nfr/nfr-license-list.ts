import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { defineList, type ListQuery } from "@/server/lists/define-list";

/** NFR licenses of the partners the user may see: on the partner's home, the company's own. */
export const nfrLicenseList = defineList({
  capability: "nfr.read",
  path: "/partner",
  caption: "NFR licenses",
  emptyMessage: "Your company holds no NFR licenses yet.",
  scope: (user, capability) => ({ partner: partnerScope(user, capability) }),
  findMany: (query: ListQuery<Prisma.NfrLicenseWhereInput, Prisma.NfrLicenseOrderByWithRelationInput>) =>
    prisma.nfrLicense.findMany({
      ...query,
      select: { id: true, name: true, usersCount: true, plan: true, status: true, expiresOn: true, referenceNumber: true },
    }),
  count: (query) => prisma.nfrLicense.count(query),
  sorts: ["expiresOn", "startsOn", "name", "usersCount", "status"],
  defaultSort: "expiresOn",
  row: (license) => license,
  columns: [
    { id: "referenceNumber", header: "Reference" },
    { id: "name", header: "Contact" },
    { id: "plan", header: "Plan", format: "enum" },
    { id: "usersCount", header: "Users", format: "number" },
    { id: "status", header: "Status", format: "status" },
    { id: "expiresOn", header: "Expires", format: "date" },
  ],
});
