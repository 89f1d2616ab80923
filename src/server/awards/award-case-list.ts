import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AwardCaseStatus, CompanyCertificationKind } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { partnerScope } from "@/server/auth/policy";
import { containing, defineList, selectFilter, type ListQuery } from "@/server/lists/define-list";
import { isAwardCaseOverdue } from "@/server/certifications/rules";

type AwardCaseQuery = ListQuery<Prisma.AwardCaseWhereInput, Prisma.AwardCaseOrderByWithRelationInput>;

const findAwardCases = (query: AwardCaseQuery) =>
  prisma.awardCase.findMany({
    ...query,
    select: {
      id: true,
      kind: true,
      status: true,
      openedAt: true,
      dueAt: true,
      completedAt: true,
      partner: { select: { legalName: true } },
      cam: { select: { name: true } },
    },
  });

/**
 * The award cases of the partners in the user's scope (a CAM's accounts, a PHD's region, an admin's all), soonest due
 * first, with each case's deadline and whether it is past it.
 */
export const awardCaseList = defineList({
  capability: "awards.read",
  path: "/award-cases",
  caption: "Award cases",
  emptyMessage: "No award cases yet. A case opens when a partner earns a company certification (PSP or CTP).",
  scope: (user, capability): Prisma.AwardCaseWhereInput => ({ partner: partnerScope(user, capability) }),
  findMany: findAwardCases,
  count: (query) => prisma.awardCase.count(query),
  sorts: ["dueAt", "openedAt", "status", "kind"],
  defaultSort: "dueAt",
  defaultDir: "asc",
  search: { label: "Search partners", where: (q) => ({ partner: { legalName: containing(q) } }) },
  filters: {
    status: selectFilter({ label: "Status", values: Object.values(AwardCaseStatus), where: (status): Prisma.AwardCaseWhereInput => ({ status }) }),
    due: selectFilter({
      label: "Due",
      values: ["OVERDUE", "NOT_OVERDUE"] as const,
      where: (choice): Prisma.AwardCaseWhereInput =>
        choice === "OVERDUE" ? { status: { not: "COMPLETED" }, dueAt: { lt: new Date() } } : { OR: [{ status: "COMPLETED" }, { dueAt: { gte: new Date() } }] },
    }),
    kind: selectFilter({
      label: "Certification",
      values: Object.values(CompanyCertificationKind),
      optionLabel: (kind) => kind,
      where: (kind): Prisma.AwardCaseWhereInput => ({ kind }),
    }),
  },
  row: (awardCase) => ({
    id: awardCase.id,
    partner: awardCase.partner.legalName,
    kind: awardCase.kind,
    status: awardCase.status,
    dueAt: awardCase.dueAt,
    overdue: isAwardCaseOverdue(awardCase, new Date()) ? "OVERDUE" : null,
    openedAt: awardCase.openedAt,
    completedAt: awardCase.completedAt,
    cam: awardCase.cam?.name ?? null,
  }),
  columns: [
    { id: "partner", header: "Partner", href: "/award-cases/:id" },
    { id: "kind", header: "Certification" },
    { id: "status", header: "Status", format: "status" },
    { id: "dueAt", header: "Due", format: "date" },
    { id: "overdue", header: "Overdue", format: "status" },
    { id: "openedAt", header: "Opened", format: "date" },
    { id: "completedAt", header: "Completed", format: "date" },
    { id: "cam", header: "CAM" },
  ],
});
